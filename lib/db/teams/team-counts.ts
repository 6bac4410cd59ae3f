// Per-team NPS counts of each side for one organisation, counted in SQL (never by loading
// answer rows), then rolled up the team tree in one pass over the teams.
import type { NpsCounts } from "@/lib/stats/nps";
import { db } from "../client";

export interface TeamNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: "DIRECTION" | "SERVICE" | "TEAM";
  depth: number;
  path: string;
  externalId: string | null;
}

export interface TeamTreeCounts {
  teams: TeamNode[];
  /** Subtree totals per team id (own answers plus all descendants'). */
  customer: Map<string, NpsCounts>;
  employee: Map<string, NpsCounts>;
  /** Employee answers per period (month) per team, subtree totals: anonymity is judged
   * per wave, since 4 people answering 6 pulses make 24 answers but still 4 people. */
  employeeByPeriod: Map<string, Map<string, number>>;
}

interface CountRow {
  teamId: string;
  period?: Date;
  promoters: number;
  passives: number;
  detractors: number;
}

const empty = (): NpsCounts => ({ promoters: 0, passives: 0, detractors: 0 });

/** Adds each team's own counts to itself and every ancestor named in its path. */
function rollUp(teams: TeamNode[], rows: CountRow[]): Map<string, NpsCounts> {
  const totals = new Map(teams.map((team) => [team.id, empty()]));
  const paths = new Map(teams.map((team) => [team.id, team.path]));
  for (const row of rows) {
    const ancestors = (paths.get(row.teamId) ?? "").split("/").filter(Boolean);
    for (const id of ancestors) {
      const total = totals.get(id);
      if (!total) continue;
      total.promoters += row.promoters;
      total.passives += row.passives;
      total.detractors += row.detractors;
    }
  }
  return totals;
}

/** Subtree answer totals per period: period key → team id → n. */
function byPeriod(teams: TeamNode[], rows: CountRow[]): Map<string, Map<string, number>> {
  const grouped = new Map<string, CountRow[]>();
  for (const row of rows) {
    const key = row.period?.toISOString().slice(0, 10) ?? "all";
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  const out = new Map<string, Map<string, number>>();
  for (const [period, periodRows] of grouped) {
    const totals = rollUp(teams, periodRows);
    out.set(period, new Map([...totals].map(([id, c]) => [id, c.promoters + c.passives + c.detractors])));
  }
  return out;
}

export async function loadTeamTreeCounts(organisationId: string): Promise<TeamTreeCounts> {
  const client = db();
  const [teams, customerRows, employeeRows] = await Promise.all([
    client.team.findMany({
      where: { organisationId },
      select: { id: true, parentId: true, name: true, kind: true, depth: true, path: true, externalId: true },
      orderBy: [{ path: "asc" }],
    }),
    client.$queryRaw<CountRow[]>`
      SELECT "teamId", count(*) FILTER (WHERE score >= 9)::int AS promoters,
             count(*) FILTER (WHERE score BETWEEN 7 AND 8)::int AS passives,
             count(*) FILTER (WHERE score <= 6)::int AS detractors
      FROM "CustomerResponse" WHERE "organisationId" = ${organisationId}::uuid GROUP BY "teamId"`,
    client.$queryRaw<CountRow[]>`
      SELECT "teamId", period, count(*) FILTER (WHERE score >= 9)::int AS promoters,
             count(*) FILTER (WHERE score BETWEEN 7 AND 8)::int AS passives,
             count(*) FILTER (WHERE score <= 6)::int AS detractors
      FROM "EmployeeResponse" WHERE "organisationId" = ${organisationId}::uuid GROUP BY "teamId", period`,
  ]);
  return {
    teams,
    customer: rollUp(teams, customerRows),
    employee: rollUp(teams, employeeRows),
    employeeByPeriod: byPeriod(teams, employeeRows),
  };
}
