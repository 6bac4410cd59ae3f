// The overview's operational KPIs against eNPS and NPS (issue 15 §1).
import type { kpiCorrelations as fr } from "../fr/kpiCorrelations";

export const kpiCorrelations: typeof fr = {
  title: "Operational KPIs and experience",
  lead: "Over the leaf teams of your view ({teams}), month by month: does a month's eNPS go with the KPI of the months after, and the KPI with the customer NPS of the months after? Months where a team's eNPS is hidden (anonymity) do not count. A correlation is no proof of cause, and pairs of one team are not independent: read the p-values as indicative.",
  loading: "Loading the operational KPIs…",
  empty: "No KPI imported for these teams and this period. Import them from Catalogue › KPIs.",
  summary: "{kpi} ({values} team × month values)",
  withEnpsTitle: "A month's eNPS and {kpi} 0 to 3 months later",
  withEnpsExplanation: "Each pair puts a team's eNPS in a month beside its “{kpi}” k months later. {direction}",
  withNpsTitle: "{kpi} in a month and customer NPS 0 to 3 months later",
  withNpsExplanation: "Each pair puts a team's “{kpi}” in a month beside its customer NPS k months later.",
  higherBetter: "Higher is better for this KPI: a positive r goes the right way.",
  lowerBetter: "Lower is better for this KPI: a negative r goes the right way.",
  chartLabel: "Bars of Pearson's r of {kpi} for each lag in months, with its interval. The data are in the table that follows.",
  caption: "Correlation of {kpi} by lag",
  roiTitle: "What a better climate is worth",
  roiLead:
    "Teams whose eNPS rose significantly between {beforeFrom}–{beforeTo} and {afterFrom}–{afterTo} ({rising}) against the others ({others}): the difference between the mean change of each KPI in the two groups, with its 95 % confidence interval (Welch's test). This is an observation, not an experiment: those teams may differ in other ways too.",
  roiTooShort: "At least six months of answers in the period are needed to compare its first and last three months ({months} here).",
  roiCaption: "Change of the KPIs: teams whose eNPS rose, minus the others",
  roiKpi: "KPI",
  roiDifference: "Difference in change (points)",
  roiReading: "Reading",
  roiEuros: "In euros, per team",
  roiTooFew: "too few teams in one of the groups",
  roiBetter: "Significantly better for the teams whose eNPS rose.",
  roiWorse: "Significantly worse for the teams whose eNPS rose.",
  roiNone: "No significant difference.",
  roiNoValue: "No value set for a point (Catalogue › KPIs).",
  roiAssumptions: "Assumptions: {text}",
};
