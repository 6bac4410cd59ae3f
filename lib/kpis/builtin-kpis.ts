// The four KPIs every organisation starts with (issue 15 §1), created with it
// (lib/db/internal/kpis/create-default-kpis.ts) and by the kpi_definitions migration for the
// organisations that existed before. Keys are stable: imports name a KPI by its key.
import type { KpiUnit } from "./kpi-units";

export interface BuiltinKpi {
  key: string;
  nameFr: string;
  nameEn: string;
  unit: KpiUnit;
  higherIsBetter: boolean;
}

export const BUILTIN_KPIS: readonly BuiltinKpi[] = [
  {
    key: "first_contact_resolution",
    nameFr: "Résolution au premier contact",
    nameEn: "First-contact resolution",
    unit: "PERCENT",
    higherIsBetter: true,
  },
  {
    key: "average_handling_time",
    nameFr: "Durée moyenne de traitement",
    nameEn: "Average handling time",
    unit: "SECONDS",
    higherIsBetter: false,
  },
  { key: "absenteeism", nameFr: "Absentéisme", nameEn: "Absenteeism", unit: "PERCENT", higherIsBetter: false },
  { key: "turnover", nameFr: "Turnover", nameEn: "Turnover", unit: "PERCENT", higherIsBetter: false },
];
