// The mirrored theme view (issue 15 §2, docs/themes.md "Views"): per team subtree and period, how
// many comments of each side are about each theme, the share of detractors and promoters among
// them, and the month-by-month counts — a customer theme on the row of its employee mirror.
// Counted in SQL from the theme rollups (lib/db/rollup/aggregate-sql.ts); with a channel or
// moment-of-truth filter the customer side is counted from the answers themselves (the rollup
// has neither column), narrowing the customer side only, like the figures.
//
// Anonymity (docs/anonymity.md "Verbatims"): an employee comment counts only when its group
// (team × month) has at least k_c people — the rule that decides whether its text may be read —
// so any two reads (a parent and its child, two periods) differ only by groups whose texts are
// readable anyway. An employee theme's detractor and promoter shares are withheld below k_c
// comments: a share over one or two comments would tie a readable text to its author's score.
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";
import { monthStart } from "@/lib/symmetry/symmetry-filters";
import { db } from "../client";
import { scopePaths, ZVerbatimFilters } from "../dashboard/list-verbatims";
import { Prisma } from "../generated/client";
import { monthOf } from "../rollup/period-sql";
import { refreshRollups } from "../rollup/refresh";
import { withOrganisation } from "../tenant-context";

export const ZThemeViewFilters = ZVerbatimFilters.pick({ teamId: true, from: true, to: true, channel: true, momentOfTruth: true });
export type ThemeViewFilters = z.infer<typeof ZThemeViewFilters>;

export interface ThemeSideCountDto {
  themeId: string;
  labelFr: string;
  labelEn: string;
  /** Comments of the side in scope about the theme. */
  count: number;
  /** Among them, the share whose answer was a detractor (0–6) or a promoter (9–10); null when withheld. */
  detractorShare: number | null;
  promoterShare: number | null;
  /** Counts per month of `months`, same order. */
  trend: number[];
}

export interface ThemeViewRowDto {
  customer: ThemeSideCountDto | null;
  employee: ThemeSideCountDto | null;
}

export interface ThemeViewDto {
  /** k_c: employee comments count only from groups of at least this many people. */
  minGroupSize: number;
  /** "YYYY-MM" months of the trend, oldest first. */
  months: string[];
  /** Mirrored rows, most talked-about first (both sides' counts together). */
  rows: ThemeViewRowDto[];
}

interface CountRow {
  themeId: string;
  month: string;
  n: number;
  promoters: number;
  detractors: number;
}

interface Scope {
  organisationId: string;
  paths: string[];
  filters: ThemeViewFilters;
}

const inPaths = (paths: string[]) => Prisma.sql`t.path LIKE ANY (${paths.map((path) => `${path}%`)}::text[])`;
/** The rollup rows of the teams under `paths`; grouped on raw columns, formatted after (to_char per row costs). */
const inTeams = (organisationId: string, paths: string[]) =>
  Prisma.sql`AND r."teamId" IN (SELECT t.id FROM "Team" t WHERE t."organisationId" = ${organisationId}::uuid AND ${inPaths(paths)})`;
const between = (column: Prisma.Sql, filters: ThemeViewFilters) =>
  Prisma.sql`${filters.from ? Prisma.sql`AND ${column} >= ${monthStart(filters.from)}::date` : Prisma.empty}
    ${filters.to ? Prisma.sql`AND ${column} <= ${monthStart(filters.to)}::date` : Prisma.empty}`;

function customerCounts({ organisationId, paths, filters }: Scope): Promise<CountRow[]> {
  if (!filters.channel && !filters.momentOfTruth)
    return db().$queryRaw<CountRow[]>`
      SELECT a."themeId"::text AS "themeId", to_char(a.period, 'YYYY-MM') AS month, a.n, a.promoters, a.detractors
      FROM (SELECT r."themeId", r.period, sum(r.n)::int AS n, sum(r.promoters)::int AS promoters, sum(r.detractors)::int AS detractors
            FROM "CustomerThemeRollup" r
            WHERE r."organisationId" = ${organisationId}::uuid ${inTeams(organisationId, paths)} ${between(Prisma.sql`r.period`, filters)}
            GROUP BY r."themeId", r.period) a`;
  const month = monthOf(Prisma.sql`r."submittedAt"`);
  const channel = filters.channel ? Prisma.sql`AND r.channel = ${filters.channel}::"Channel"` : Prisma.empty;
  const moment = filters.momentOfTruth ? Prisma.sql`AND r."momentOfTruthId" = ${filters.momentOfTruth}::uuid` : Prisma.empty;
  return db().$queryRaw<CountRow[]>`
    SELECT l."themeId"::text AS "themeId", to_char(${month}, 'YYYY-MM') AS month, count(*)::int AS n,
           count(*) FILTER (WHERE r.score >= 9)::int AS promoters, count(*) FILTER (WHERE r.score <= 6)::int AS detractors
    FROM "CustomerResponseTheme" l
    JOIN "CustomerResponse" r ON r.id = l."responseId"
    JOIN "Team" t ON t.id = r."teamId" AND t."organisationId" = r."organisationId"
    WHERE l."organisationId" = ${organisationId}::uuid AND r."organisationId" = ${organisationId}::uuid AND ${inPaths(paths)}
      ${between(month, filters)} ${channel} ${moment}
    GROUP BY 1, 2`;
}

function employeeCounts({ organisationId, paths, filters }: Scope, k: number): Promise<CountRow[]> {
  // The group's people: its live respondents plus its imported rows (list-verbatims.ts counts them the same way).
  return db().$queryRaw<CountRow[]>`
    SELECT a."themeId"::text AS "themeId", to_char(a.period, 'YYYY-MM') AS month, a.n, a.promoters, a.detractors
    FROM (SELECT r."themeId", r.period, sum(r.n)::int AS n, sum(r.promoters)::int AS promoters, sum(r.detractors)::int AS detractors
          FROM "EmployeeThemeRollup" r
          JOIN "EmployeeRollup" g ON g."organisationId" = r."organisationId" AND g.period = r.period AND g."teamId" = r."teamId"
          WHERE r."organisationId" = ${organisationId}::uuid ${inTeams(organisationId, paths)} AND g.people + g.imported >= ${k}
            ${between(Prisma.sql`r.period`, filters)}
          GROUP BY r."themeId", r.period) a`;
}

/** Every month from `from` to `to` when both are given, else the months that have counts. */
function monthsOf(filters: ThemeViewFilters, rows: CountRow[]): string[] {
  const seen = [...new Set(rows.map((row) => row.month))].sort();
  const first = filters.from ?? seen[0];
  const last = filters.to ?? seen.at(-1);
  if (!first || !last || first > last) return [];
  const months: string[] = [];
  for (let at = monthStart(first); at <= monthStart(last); at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)))
    months.push(at.toISOString().slice(0, 7));
  return months;
}

type ThemeRow = { id: string; side: "CUSTOMER" | "EMPLOYEE"; labelFr: string; labelEn: string; mirrorId: string | null; position: number };

function sideCount(theme: ThemeRow, rows: CountRow[], months: string[], withheldBelow: number): ThemeSideCountDto {
  const own = rows.filter((row) => row.themeId === theme.id);
  const count = own.reduce((sum, row) => sum + row.n, 0);
  const share = (part: number) => (count === 0 || count < withheldBelow ? null : part / count);
  return {
    themeId: theme.id,
    labelFr: theme.labelFr,
    labelEn: theme.labelEn,
    count,
    detractorShare: share(own.reduce((sum, row) => sum + row.detractors, 0)),
    promoterShare: share(own.reduce((sum, row) => sum + row.promoters, 0)),
    trend: months.map((month) => own.find((row) => row.month === month)?.n ?? 0),
  };
}

export async function getThemeView(principal: Principal, input: unknown = {}): Promise<ThemeViewDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const parsed = ZThemeViewFilters.safeParse(input ?? {});
    if (!parsed.success) throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((issue) => issue.message).join("; "));
    const filters = parsed.data;
    const { organisationId } = principal;
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { minGroupSize: true, minVerbatimGroupSize: true },
    });
    const k = Math.max(organisation.minVerbatimGroupSize, effectiveMinGroupSize(organisation.minGroupSize));
    const paths = await scopePaths(principal, filters.teamId);
    if (paths.length === 0) return { minGroupSize: k, months: [], rows: [] };
    await refreshRollups(organisationId);
    const scope = { organisationId, paths, filters };
    const [themes, customer, employee] = await Promise.all([
      db().theme.findMany({
        where: { organisationId, active: true },
        select: { id: true, side: true, labelFr: true, labelEn: true, mirrorId: true, position: true },
        orderBy: [{ position: "asc" }, { key: "asc" }],
      }),
      customerCounts(scope),
      employeeCounts(scope, k),
    ]);
    const months = monthsOf(filters, [...customer, ...employee]);
    const byId = new Map(themes.map((theme) => [theme.id, theme]));
    const rows: ThemeViewRowDto[] = [];
    for (const theme of themes) {
      const mirror = theme.mirrorId ? byId.get(theme.mirrorId) : undefined;
      // A pair is one row, placed from its customer side; an employee theme with an active mirror is already there.
      if (theme.side === "EMPLOYEE" && mirror?.side === "CUSTOMER") continue;
      const [customerTheme, employeeTheme] = theme.side === "CUSTOMER" ? [theme, mirror] : [undefined, theme];
      rows.push({
        customer: customerTheme ? sideCount(customerTheme, customer, months, 0) : null,
        employee: employeeTheme?.side === "EMPLOYEE" ? sideCount(employeeTheme, employee, months, k) : null,
      });
    }
    const total = (row: ThemeViewRowDto) => (row.customer?.count ?? 0) + (row.employee?.count ?? 0);
    rows.sort((a, b) => total(b) - total(a));
    return { minGroupSize: k, months, rows };
  });
}
