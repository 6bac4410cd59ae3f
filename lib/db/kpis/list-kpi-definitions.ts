// listKpiDefinitions: the organisation's KPI definitions in their order, active and not
// (kpis:read: managers and the organisation-wide roles, and keys with kpis:read).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { kpiDefinitionSelect, toKpiDefinitionDto } from "../internal/kpis/kpi-definition-row";
import type { KpiDefinitionDto } from "./kpi-definition-dto";
import { withOrganisation } from "../tenant-context";

export async function listKpiDefinitions(principal: Principal): Promise<KpiDefinitionDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "kpis:read")) throw new ForbiddenError();
    const rows = await db().kpiDefinition.findMany({
      where: { organisationId: principal.organisationId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: kpiDefinitionSelect,
    });
    return rows.map(toKpiDefinitionDto);
  });
}
