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
  .refine((p) => p.closesAt > p.opensAt && p.closesAt.getTime() - p.opensAt.getTime() <= MAX_WINDOW_DAYS * 86_400_000, {
    path: ["closesAt"],
  });

export type CreatePulseInput = z.infer<typeof ZCreatePulseInput>;
export type PulseInputField = "name" | "teamId" | "dates" | "cadence";

/** The form fields to flag for the invalid paths ("closesAt", "opensAt" → "dates"), each once. */
export function pulseInputFields(paths: Iterable<string>): PulseInputField[] {
  const map = (head: string | undefined): PulseInputField => (head === "name" || head === "teamId" || head === "cadence" ? head : "dates");
  return [...new Set([...paths].map((path) => map(path.split(".")[0])))];
}
