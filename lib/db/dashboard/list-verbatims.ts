// Verbatims of a principal's scope (docs/anonymity.md "Verbatims"): customer comments and
// « Autre » irritant texts with their month; employee comments, suggestions and « Autre »
// irritant texts only from groups (team × month) of at least k_c people, in random order, dated with the month only — for every role, ADMIN too.
// The channel and moment-of-truth filters narrow the customer side only, like the figures.
// A theme narrows each side to its own theme of the pair, a search both sides, the employee
// side after its group sizes were counted (internal/dashboard/verbatim-search.ts).
import { z } from "zod";
import type { Principal } from "@/lib/auth/actor-types";
import { can, teamInScope } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { releaseEndedMonths } from "../rollup/release-employee-months";
import {
  customerSearchSql,
  employeeSearchSql,
  resolveVerbatimTheme,
  searchHasNoWords,
  type VerbatimThemeSelection,
} from "../internal/dashboard/verbatim-search";
import { DASHBOARD_CHANNELS, monthStart } from "@/lib/symmetry/symmetry-filters";
import { isUuid, MONTH_PATTERN, UUID_PATTERN } from "@/lib/patterns";
import { withOrganisation } from "../tenant-context";

/** Enough to read, not a bulk export of free text. */
export const VERBATIMS_PER_SIDE = 50;

const ZMonth = z.string().regex(MONTH_PATTERN, "month must be YYYY-MM");
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
/** Words to look for: control characters (a NUL byte included) read as spaces, runs of spaces folded. */
const ZSearch = z
  .string({ error: "the search must be text" })
  .max(1_000, `the search must be at most ${SEARCH_MAX_LENGTH} characters`)
  .transform((text) =>
    text
      .replace(/\p{Cc}/gu, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .pipe(
    z
      .string()
      .min(SEARCH_MIN_LENGTH, `the search must be at least ${SEARCH_MIN_LENGTH} characters`)
      .max(SEARCH_MAX_LENGTH, `the search must be at most ${SEARCH_MAX_LENGTH} characters`),
  );
export const ZVerbatimFilters = z.object({
  teamId: z.string().max(64).optional(),
  from: ZMonth.optional(),
  to: ZMonth.optional(),
  channel: z.enum(DASHBOARD_CHANNELS).optional(),
  momentOfTruth: z.string().regex(UUID_PATTERN, "momentOfTruth must be an id").optional(),
  theme: z.string({ error: "theme must be an id" }).regex(UUID_PATTERN, "theme must be an id").optional(),
  q: ZSearch.optional(),
});
export type VerbatimFilters = z.infer<typeof ZVerbatimFilters>;

export interface VerbatimDto {
  text: string;
  /** "irritantOther": the free text of the « Autre » irritant, shown like the side's comments. */
  kind: "comment" | "suggestion" | "irritantOther";
  teamId: string;
  teamName: string;
  /** "YYYY-MM": the finest time a verbatim carries. */
  period: string;
}

export interface VerbatimsDto {
  /** The employee side's threshold applied (k_c, never below k). */
  minGroupSize: number;
  customer: VerbatimDto[];
  employee: VerbatimDto[];
  /** The chosen theme and its mirror (null without a theme filter). */
  theme: VerbatimThemeSelection | null;
  /** The search has no word to look for in the organisation's language (only « le », « the »…): it finds nothing. */
  searchUnusable: boolean;
}
export type { VerbatimThemeRef, VerbatimThemeSelection } from "../internal/dashboard/verbatim-search";

interface Scope {
  organisationId: string;
  paths: string[];
  filters: VerbatimFilters;
  /** Each side's theme id when a theme is chosen. */
  themeIds: { customer: string | undefined; employee: string | undefined };
}

/** The subtree roots the principal reads: the filtered team, else their own view of the tree. */
export async function scopePaths(principal: Principal, teamId: string | undefined): Promise<string[]> {
  return withOrganisation(principal.organisationId, async () => {
    const teams = await db().team.findMany({ where: { organisationId: principal.organisationId }, select: { id: true, path: true } });
    const visible = teams.filter((team) => teamInScope(principal, { ...team, organisationId: principal.organisationId }));
    if (teamId === undefined) return roots(visible.map((team) => team.path));
    const team = isUuid(teamId) ? visible.find((candidate) => candidate.id === teamId) : undefined;
    if (!team) throw new NotFoundError("team");
    return [team.path];
  });
}

/** Paths not inside another: one LIKE per subtree, not per team. */
function roots(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of [...paths].sort()) if (!out.some((root) => path.startsWith(root))) out.push(path);
  return out;
}

/** End of the `to` month, exclusive: the first day of the next month. */
function monthAfter(month: string): Date {
  const start = monthStart(month);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

function customerVerbatims({ organisationId, paths, filters, themeIds }: Scope): Promise<VerbatimDto[]> {
  const from = filters.from ? Prisma.sql`AND r."submittedAt" >= ${monthStart(filters.from)}` : Prisma.empty;
  const to = filters.to ? Prisma.sql`AND r."submittedAt" < ${monthAfter(filters.to)}` : Prisma.empty;
  const channel = filters.channel ? Prisma.sql`AND r.channel = ${filters.channel}::"Channel"` : Prisma.empty;
  const moment = filters.momentOfTruth ? Prisma.sql`AND r."momentOfTruthId" = ${filters.momentOfTruth}::uuid` : Prisma.empty;
  // Newest first, but only the month leaves the database (docs/anonymity.md: no precise time shown).
  return db().$queryRaw<VerbatimDto[]>`
    SELECT v.text, v.kind, t.id::text AS "teamId", t.name AS "teamName",
           to_char(r."submittedAt" AT TIME ZONE 'UTC', 'YYYY-MM') AS period
    FROM "CustomerResponse" r JOIN "Team" t ON t.id = r."teamId" AND t."organisationId" = r."organisationId"
    CROSS JOIN LATERAL (VALUES (r.comment, 'comment'), (r."irritantOther", 'irritantOther')) AS v(text, kind)
    WHERE r."organisationId" = ${organisationId}::uuid AND t.path LIKE ANY (${paths.map((path) => `${path}%`)}::text[])
      AND btrim(coalesce(v.text, '')) <> '' ${from} ${to} ${channel} ${moment} ${customerSearchSql(themeIds.customer, filters.q)}
    ORDER BY r."submittedAt" DESC, r.id, v.kind LIMIT ${VERBATIMS_PER_SIDE}`;
}

function employeeVerbatims({ organisationId, paths, filters, themeIds }: Scope, k: number, locale: "fr" | "en"): Promise<VerbatimDto[]> {
  const from = filters.from ? Prisma.sql`AND r.period >= ${monthStart(filters.from)}::date` : Prisma.empty;
  const to = filters.to ? Prisma.sql`AND r.period <= ${monthStart(filters.to)}::date` : Prisma.empty;
  // A group counts its people (respondents with or without text, plus imported rows), never its
  // answers: below k_c none of its texts is shown (5 people answering two pulses stay 5).
  // random(): insertion order (which follows who answered when) must not show through.
  return db().$queryRaw<VerbatimDto[]>`
    WITH scoped AS (
      SELECT r.*, t.name AS "teamName",
        count(*) FILTER (WHERE r."importId" IS NOT NULL) OVER (PARTITION BY r."teamId", r.period)
          + (SELECT count(*) FROM "EmployeeRespondent" p
             WHERE p."organisationId" = r."organisationId" AND p.period = r.period AND p."teamId" = r."teamId") AS "groupSize"
      FROM "EmployeeResponse" r JOIN "Team" t ON t.id = r."teamId" AND t."organisationId" = r."organisationId"
      WHERE r."organisationId" = ${organisationId}::uuid AND t.path LIKE ANY (${paths.map((path) => `${path}%`)}::text[]) ${from} ${to}
    ), texts AS (
      SELECT id, comment AS text, 'comment' AS kind, "teamId", "teamName", period, "groupSize" FROM scoped WHERE btrim(coalesce(comment, '')) <> ''
      UNION ALL
      SELECT id, suggestion, 'suggestion', "teamId", "teamName", period, "groupSize" FROM scoped WHERE btrim(coalesce(suggestion, '')) <> ''
      UNION ALL
      SELECT id, "irritantOther", 'irritantOther', "teamId", "teamName", period, "groupSize" FROM scoped WHERE btrim(coalesce("irritantOther", '')) <> ''
    )
    SELECT text, kind, "teamId"::text AS "teamId", "teamName", to_char(period, 'YYYY-MM') AS period
    FROM texts WHERE "groupSize" >= ${k} ${employeeSearchSql(themeIds.employee, filters.q, locale)}
    ORDER BY random() LIMIT ${VERBATIMS_PER_SIDE}`;
}

export async function listVerbatims(principal: Principal, input: unknown = {}): Promise<VerbatimsDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const parsed = ZVerbatimFilters.safeParse(input ?? {});
    if (!parsed.success) throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((issue) => issue.message).join("; "));
    const filters = parsed.data;
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { id: principal.organisationId },
      select: { minGroupSize: true, minVerbatimGroupSize: true, defaultLocale: true },
    });
    const k = Math.max(organisation.minVerbatimGroupSize, effectiveMinGroupSize(organisation.minGroupSize));
    const theme = filters.theme ? await resolveVerbatimTheme(principal.organisationId, filters.theme) : null;
    const paths = await scopePaths(principal, filters.teamId);
    await releaseEndedMonths(principal.organisationId);
    const searchUnusable = filters.q ? await searchHasNoWords(filters.q, organisation.defaultLocale) : false;
    if (paths.length === 0) return { minGroupSize: k, customer: [], employee: [], theme, searchUnusable };
    const themeIds = { customer: theme?.customer?.id, employee: theme?.employee?.id };
    const scope = { organisationId: principal.organisationId, paths, filters, themeIds };
    // A side whose theme has no mirror shows nothing (the page says « no mirrored theme »).
    const [customer, employee] = await Promise.all([
      theme && !theme.customer ? [] : customerVerbatims(scope),
      theme && !theme.employee ? [] : employeeVerbatims(scope, k, organisation.defaultLocale),
    ]);
    return { minGroupSize: k, customer, employee, theme, searchUnusable };
  });
}
