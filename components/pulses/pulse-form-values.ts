// The pulse editor's values as the form posts them (dates as Paris days, checkboxes "on" or ""),
// and the state its server actions answer: here so components need not import app/. Pure.
import type { ActionResult } from "@/lib/http/server-action";
import { reminderFormValues } from "@/lib/pulses/reminders";

export const pulseFormFields = [
  "name",
  "teamId",
  "opensOn",
  "closesOn",
  "cadence",
  "includeItems",
  "includeIrritants",
  "includeSuggestion",
  "reminder1",
  "reminder2",
] as const;

export type PulseFormValues = Record<(typeof pulseFormFields)[number], string>;

export type PulseEditorState = ActionResult<null> | null;

const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });

export function pulseFormValues(pulse: {
  name: string;
  teamId: string | null;
  opensAt: Date;
  closesAt: Date;
  cadence: string;
  includeItems: boolean;
  includeIrritants: boolean;
  includeSuggestion: boolean;
  reminderDays: readonly number[];
}): PulseFormValues {
  const on = (value: boolean) => (value ? "on" : "");
  const [reminder1, reminder2] = reminderFormValues(pulse.reminderDays);
  return {
    name: pulse.name,
    teamId: pulse.teamId ?? "",
    opensOn: parisDay.format(pulse.opensAt),
    closesOn: parisDay.format(pulse.closesAt),
    cadence: pulse.cadence,
    includeItems: on(pulse.includeItems),
    includeIrritants: on(pulse.includeIrritants),
    includeSuggestion: on(pulse.includeSuggestion),
    reminder1,
    reminder2,
  };
}
