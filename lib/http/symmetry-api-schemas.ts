// GET /api/v1/symmetry: its query and response schemas (parsed by the route, documented in
// openapi.ts) and the mapping from the dashboard's SymmetryDto — the same numbers the pages show.
import { z } from "zod";
import type { NpsDto, SymmetryDto } from "@/lib/symmetry/symmetry-types";
import { MONTH_PATTERN, UUID_PATTERN } from "@/lib/patterns";

const ZMonth = z.string().regex(MONTH_PATTERN, "must be a month as YYYY-MM, e.g. 2026-10");

export const ZSymmetryQuery = z
  .object({
    from: ZMonth.optional().describe("First month included (YYYY-MM)."),
    to: ZMonth.optional().describe("Last month included (YYYY-MM)."),
    teamId: z.string().regex(UUID_PATTERN, "must be a team id (UUID)").optional().describe("Only this team and its sub-teams."),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be before from", path: ["to"] });
export type SymmetryQuery = z.output<typeof ZSymmetryQuery>;

const ZScore = z.object({ score: z.number(), n: z.int(), low: z.number(), high: z.number() });

const ZCustomerScore = z.object({
  score: z.number().nullable().describe("Null when `tooFew`."),
  n: z.int(),
  low: z.number().nullable().describe("Null when `tooFew`."),
  high: z.number().nullable().describe("Null when `tooFew`."),
  tooFew: z
    .boolean()
    .describe(
      "True when `n` is below the organisation's `minCustomerResponses`: the count is given, the score and its interval are not (too imprecise to show), no gap is computed and the team is left out of the correlation.",
    ),
});

export const ZSymmetryTeam = z.object({
  teamId: z.uuid(),
  externalId: z.string().nullable(),
  name: z.string(),
  nps: ZCustomerScore.nullable().describe("Customer NPS; null when no answers; only its count when `tooFew`."),
  enps: ZScore.nullable().describe("Employee eNPS; null when no answers, or when hidden (then `hiddenReason` says so)."),
  hiddenReason: z
    .enum(["anonymity"])
    .nullable()
    .describe(
      "Why `enps` and `gap` are null although the team may have answers: `anonymity` means that in at least one month this team, or a team next to it (parent, sibling, sub-team), had fewer people than the organisation's minimum group size, and no month of the period is left once those months are left out. Which of the two is deliberately not said: it would tell which hidden teams hold fewer answers than the threshold. Null when the eNPS is shown or there are no answers.",
    ),
  enpsExcludedMonths: z
    .array(z.string().regex(/^\d{4}-\d{2}$/))
    .describe(
      "Months (YYYY-MM) of the period in which this team's employee figures are hidden for anonymity (the same reason as `hiddenReason`): `enps` and `gap` leave them out. Anonymity is decided month by month, so a small month never hides the rest of the history. Empty when every month counts.",
    ),
  gap: z
    .object({ value: z.number(), low: z.number(), high: z.number() })
    .nullable()
    .describe("eNPS − NPS with its 95 % interval; null when either side is missing, hidden, or the customer side is `tooFew`."),
});

export const ZSymmetryResult = z.object({
  minCustomerResponses: z
    .int()
    .describe("The organisation's customer minimum n: a customer NPS from fewer answers is `tooFew` (an ADMIN setting, default 10)."),
  teams: z.array(ZSymmetryTeam),
  correlation: z.object({
    teams: z
      .int()
      .describe(
        "Leaf teams with enough answers on both sides (employees: the minimum group size; customers: the larger of it and `minCustomerResponses`); below 5 no coefficient is given.",
      ),
    pearson: z.object({ r: z.number(), low: z.number(), high: z.number(), p: z.number() }).nullable(),
    spearman: z.object({ rho: z.number(), p: z.number() }).nullable(),
  }),
});
export type SymmetryResult = z.infer<typeof ZSymmetryResult>;

/** A customer NPS under the minimum n keeps its count only (docs/statistics.md "Too few customer answers"). */
function customerScore(nps: NpsDto | null): SymmetryResult["teams"][number]["nps"] {
  if (!nps) return null;
  return nps.tooFew
    ? { score: null, n: nps.n, low: null, high: null, tooFew: true }
    : { score: nps.score, n: nps.n, low: nps.low, high: nps.high, tooFew: false };
}

/** Field by field, no rounding: the pages format these very values. */
export function toSymmetryResult(dto: SymmetryDto): SymmetryResult {
  return {
    minCustomerResponses: dto.minCustomerResponses,
    teams: dto.teams.map((team) => ({
      teamId: team.teamId,
      externalId: team.externalId,
      name: team.name,
      nps: customerScore(team.nps),
      enps: team.enps && { score: team.enps.score, n: team.enps.n, low: team.enps.low, high: team.enps.high },
      hiddenReason: team.hiddenReason,
      enpsExcludedMonths: team.enpsExcludedMonths,
      gap: team.gap && { value: team.gap.value, low: team.gap.low, high: team.gap.high },
    })),
    correlation: { teams: dto.correlation.teams, pearson: dto.correlation.pearson, spearman: dto.correlation.spearman },
  };
}
