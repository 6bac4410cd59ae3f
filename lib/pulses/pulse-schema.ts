// What HR may send to create or edit a pulse (issue 4, issue 19 §4): zod schema with field codes
// the page localises, and the duplicate-name warning. Pure.
import { z } from "zod";
import { ExpectedError } from "@/lib/errors";

export const MAX_WINDOW_DAYS = 92;

export const ZCreatePulseInput = z
  .object({
    name: z.string().trim().min(3).max(120),
    /** The root of the targeted subtree; null targets the whole organisation. */
    teamId: z.uuid().nullable(),
    opensAt: z.coerce.date(),
    closesAt: z.coerce.date(),
    cadence: z.enum(["ONE_OFF", "MONTHLY", "QUARTERLY"]),
    includeItems: z.boolean(),
    includeIrritants: z.boolean(),
    includeSuggestion: z.boolean(),
    /** HR saw the duplicate-name warning and keeps the name. */
    allowDuplicateName: z.boolean().optional(),
  })
  .refine((p) => p.closesAt > p.opensAt && p.closesAt.getTime() - p.opensAt.getTime() <= MAX_WINDOW_DAYS * 86_400_000, {
    path: ["closesAt"],
  });

export type CreatePulseInput = z.infer<typeof ZCreatePulseInput>;

/** What the audit keeps of a created or edited pulse. */
export function pulseAuditFields(input: CreatePulseInput, teams: number) {
  return {
    name: input.name,
    teamId: input.teamId,
    wholeOrganisation: input.teamId === null,
    teams,
    cadence: input.cadence,
    opensAt: input.opensAt.toISOString(),
    closesAt: input.closesAt.toISOString(),
    ...(input.allowDuplicateName ? { duplicateNameConfirmed: true } : {}),
  };
}

export type PulseInputField = "name" | "teamId" | "dates" | "cadence";

/** The form fields to flag for the invalid paths ("closesAt", "opensAt" → "dates"), each once. */
export function pulseInputFields(paths: Iterable<string>): PulseInputField[] {
  const map = (head: string | undefined): PulseInputField => (head === "name" || head === "teamId" || head === "cadence" ? head : "dates");
  return [...new Set([...paths].map((path) => map(path.split(".")[0])))];
}

/**
 * Another pulse of the organisation has this name. A warning, not a rule: a name may come back
 * on purpose (a yearly one-off survey), but two pulses of one name are usually a double
 * creation and make the list ambiguous, so HR confirms before it is kept (allowDuplicateName).
 */
export class DuplicatePulseNameError extends ExpectedError {
  constructor() {
    super("CONFLICT", "duplicateName");
  }
}
