// The KPI definition as the pages and the API see it (issue 15 §1), and its Prisma selection.
import type { KpiUnit } from "@/lib/kpis/kpi-units";
import { BUILTIN_KPIS } from "@/lib/kpis/builtin-kpis";

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

export const kpiDefinitionSelect = {
  id: true,
  key: true,
  nameFr: true,
  nameEn: true,
  unit: true,
  higherIsBetter: true,
  valuePerPointCents: true,
  assumptions: true,
  position: true,
  active: true,
} as const;

const builtinKeys = new Set(BUILTIN_KPIS.map((kpi) => kpi.key));

export function toKpiDefinitionDto(row: Omit<KpiDefinitionDto, "builtin">): KpiDefinitionDto {
  return { ...row, builtin: builtinKeys.has(row.key) };
}
