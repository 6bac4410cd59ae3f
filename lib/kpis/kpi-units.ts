// The units a KPI is measured in and the values each allows (issue 15 §1 "Bad input"): a rate
// lies in 0–100, a duration in seconds and a count are never negative, a plain number is free.
// The database keeps only what holds for every unit (a finite value): the unit lives on the
// definition, so the import checks the range (lib/db/kpis/import-kpis.ts).

export const KPI_UNITS = ["PERCENT", "SECONDS", "COUNT", "NUMBER"] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const UNIT_RANGE: Record<KpiUnit, { min: number | null; max: number | null }> = {
  PERCENT: { min: 0, max: 100 },
  SECONDS: { min: 0, max: null },
  COUNT: { min: 0, max: null },
  NUMBER: { min: null, max: null },
};

/** Whether a value fits its unit's range (and is a finite number at all). */
export function fitsUnit(unit: KpiUnit, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const { min, max } = UNIT_RANGE[unit];
  return (min === null || value >= min) && (max === null || value <= max);
}

/** The English sentence for a value outside its unit's range (the API's wording). */
export function rangeSentence(unit: KpiUnit): string {
  if (unit === "PERCENT") return "is a rate: it must be between 0 and 100";
  if (unit === "SECONDS") return "is a duration in seconds: it must not be negative";
  return "is a count: it must not be negative";
}
