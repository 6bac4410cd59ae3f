// The KPI definition as the pages and the API see it (issue 15 §1).
import type { KpiUnit } from "@/lib/kpis/kpi-units";

export interface KpiDefinitionDto {
  id: string;
  key: string;
  nameFr: string;
  nameEn: string;
  unit: KpiUnit;
  higherIsBetter: boolean;
  valuePerPointCents: number | null;
  assumptions: string | null;
  position: number;
  active: boolean;
  /** One of the four every organisation starts with. */
  builtin: boolean;
}
