// getTeamKpiSeries: a team's KPI values month by month (issue 15 §1, the team page's trend and
// GET /api/v1/kpis), for each active KPI of the organisation, null where no value was imported.
// kpis:read (managers and the organisation-wide roles, keys with kpis:read); the team named by id
// or external key and within the principal's scope, else "not found".
import type { Principal } from "@/lib/auth/actor-types";
import { can, teamInScope } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { monthsBetween, ZKpiSeriesQuery } from "@/lib/kpis/kpi-series-query";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { kpiDefinitionSelect, toKpiDefinitionDto } from "../internal/kpis/kpi-definition-row";
import type { KpiDefinitionDto } from "./kpi-definition-dto";
import { withOrganisation } from "../tenant-context";

export interface TeamKpiSeriesDto {
  team: { id: string; name: string; externalId: string | null };
  /** "YYYY-MM", oldest first. */
  months: string[];
  kpis: Array<{ definition: KpiDefinitionDto; values: Array<number | null> }>;
}

async function findTeam(principal: Principal, ref: string) {
  const organisationId = principal.organisationId;
  const team = await db().team.findFirst({
    where: { organisationId, OR: [...(isUuid(ref) ? [{ id: ref.toLowerCase() }] : []), { externalId: ref }] },
    select: { id: true, name: true, externalId: true, path: true },
  });
  if (!team || !teamInScope(principal, { ...team, organisationId })) throw new NotFoundError("team");
  return team;
}

export async function getTeamKpiSeries(principal: Principal, query: unknown): Promise<TeamKpiSeriesDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "kpis:read")) throw new ForbiddenError();
    const parsed = ZKpiSeriesQuery.safeParse(query);
    if (!parsed.success)
      throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const { from, to } = parsed.data;
    const team = await findTeam(principal, parsed.data.team);
    const months = monthsBetween(from, to);
    const [definitions, values] = await Promise.all([
      db().kpiDefinition.findMany({
        where: { organisationId: principal.organisationId, active: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: kpiDefinitionSelect,
      }),
      db().operationalKpi.findMany({
        where: {
          organisationId: principal.organisationId,
          teamId: team.id,
          period: { gte: new Date(`${from}-01T00:00:00Z`), lte: new Date(`${to}-01T00:00:00Z`) },
        },
        select: { kpiId: true, period: true, value: true },
      }),
    ]);
    const byCell = new Map(values.map((v) => [`${v.kpiId}|${v.period.toISOString().slice(0, 7)}`, v.value]));
    return {
      team: { id: team.id, name: team.name, externalId: team.externalId },
      months,
      kpis: definitions.map((definition) => ({
        definition: toKpiDefinitionDto(definition),
        values: months.map((month) => byCell.get(`${definition.id}|${month}`) ?? null),
      })),
    };
  });
}
