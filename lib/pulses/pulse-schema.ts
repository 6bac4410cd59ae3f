// What HR may send to create a pulse (issue 4): zod schema with field codes the page localises. Pure.
import { z } from "zod";

export const MAX_WINDOW_DAYS = 92;

export const ZCreatePulseInput = z
  .object({
    name: z.string().trim().min(3).max(120),
    teamId: z.uuid(),
    opensAt: z.coerce.date(),
    closesAt: z.coerce.date(),
    cadence: z.enum(["ONE_OFF", "MONTHLY", "QUARTERLY"]),
    includeItems: z.boolean(),
    includeIrritants: z.boolean(),
    includeSuggestion: z.boolean(),
  })
  .refine((p) => p.closesAt > p.opensAt && p.closesAt.getTime() - p.opensAt.getTime() <= MAX_WINDOW_DAYS * 86_400_000, { path: ["closesAt"] });

export type CreatePulseInput = z.infer<typeof ZCreatePulseInput>;
export type PulseInputField = "name" | "teamId" | "dates" | "cadence";

export function pulseInputFields(error: z.ZodError): PulseInputField[] {
  const map = (head: PropertyKey | undefined): PulseInputField =>
    head === "name" || head === "teamId" || head === "cadence" ? head : "dates";
  return [...new Set(error.issues.map((issue) => map(issue.path[0])))];
}
