// The Prisma selection of a KPI definition and its DTO (lib/db/kpis/kpi-definition-dto.ts).
import type { KpiDefinitionDto } from "@/lib/db/kpis/kpi-definition-dto";
import { BUILTIN_KPIS } from "@/lib/kpis/builtin-kpis";

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
