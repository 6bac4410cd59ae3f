// English messages of the "beforeAfter" namespace (see lib/i18n/messages/en.ts): the before/after panel of a done action.
import type { Messages } from "../../messages";

export const beforeAfter: Messages["beforeAfter"] = {
  title: "Before / after",
  notDone: "The before/after panel opens once the action is done: it compares the months before and after.",
  tooEarly: "Action done in {month}: at least one full month after it is needed to compare.",
  lead: "Teams concerned ({treated}) compared with teams without an action on the same irritants or items ({comparison}): before ({before}) and after ({after}), leaving out the action's month ({pivot}). Difference in differences, 95 % interval.",
  caption: "Before and after the action, teams concerned and comparable teams",
  outcome: "Measure",
  side: "Side",
  sides: { CUSTOMER: "Customers", EMPLOYEE: "Employees", KPI: "Operational" },
  treated: "Teams concerned",
  comparison: "Comparable teams",
  difference: "Difference in differences",
  reading: "Reading",
  beforeAfter: "{before} → {after}",
  interval: "{value} [{low}; {high}]",
  answers: "{before} and {after} answers",
  missing: "—",
  withheld: "too few answers",
  readings: {
    better: "Significant {direction}, for the better",
    worse: "Significant {direction}, for the worse",
    none: "No significant difference",
    insufficient: "Too few answers to conclude",
  },
  rise: "rise",
  fall: "fall",
  costPerPoint: "Cost per point gained: {euros} ({spent} spent)",
  kinds: { nps: "NPS", enps: "eNPS", item: "Item", irritant: "Citation rate", kpi: "KPI" },
  method: "Method: docs/statistics.md, “Before and after”. A citation rate is better when it falls.",
};
