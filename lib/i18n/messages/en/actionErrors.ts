// English messages of the "actionErrors" namespace: same keys as fr/actionErrors.ts.
import type { Messages } from "../../messages";

export const actionErrors: Messages["actionErrors"] = {
  required: "This field is required.",
  tooLong: "This text is too long.",
  invalid: "This value is not valid.",
  negative: "The amount cannot be negative.",
  tooLarge: "The amount is too large.",
  dueDatePast: "The due date cannot be in the past.",
  ownerOutside: "The owner must be an active person of the organisation.",
  teamOutOfScope: "Choose a team within your scope.",
  irritantUnknown: "Choose active irritants of the catalogue.",
  itemUnknown: "Choose active items of the catalogue.",
  followUpUnknown: "This customer follow-up is not within your scope.",
  statusSkip: "The status moves one step at a time: proposed, planned, in progress, done, measured.",
  statusFinal: "This action can no longer change status.",
  statusSame: "The action already has this status.",
  dropAfterDone: "A done action can no longer be dropped.",
};
