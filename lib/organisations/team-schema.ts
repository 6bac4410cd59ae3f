// What the team tree editor (ADMIN) accepts: a team's name, kind, parent and HR-system id.
// Pure zod, messages in plain words; the data layer checks the ids against the organisation.
import { z } from "zod";
import { firstFieldErrors, optionalExternalId, optionalTeamId } from "./fields";

export const teamKinds = ["DIRECTION", "SERVICE", "TEAM"] as const;

export const ZTeamFields = z.strictObject({
  name: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  kind: z.enum(teamKinds, { error: "must be a direction, a service or a team" }),
  externalId: optionalExternalId,
});
export type TeamFields = z.infer<typeof ZTeamFields>;

export const ZCreateTeam = ZTeamFields.extend({ parentId: optionalTeamId });
export type CreateTeamInput = z.infer<typeof ZCreateTeam>;

export const ZMoveTeam = z.strictObject({ parentId: optionalTeamId.unwrap() });

export type TeamFieldErrors = Partial<Record<"name" | "kind" | "externalId" | "parentId" | "form", string>>;

export function teamFieldErrors(error: z.ZodError): TeamFieldErrors {
  return firstFieldErrors<"name" | "kind" | "externalId" | "parentId">(error);
}
