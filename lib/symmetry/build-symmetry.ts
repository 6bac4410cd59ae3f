// Pure assembly of the mirrored dashboard from rolled-up counts: anonymity decided month by
// month on the whole organisation (the same for every role), then the actor's teams, the
// cross-team correlation, the trend and the lagged correlation (docs/product.md "Mirrored dashboard", docs/statistics.md).
import { checkFilter, decideSuppressionByMonth, ORGANISATION_NODE, type AnonymityInput, type HiddenByMonth } from "@/lib/stats/anonymity";
import { estimateChange } from "@/lib/stats/change";
import { teamCorrelation } from "@/lib/stats/correlation";
import { laggedCorrelation, type MonthlyTeamScore } from "@/lib/stats/lag";
import { estimateGap, type NpsCounts } from "@/lib/stats/nps";
import { correlationCustomerMinimum, customerGap, markCustomerNps } from "./customer-minimum";
import { addInto, emptyCounts, rollUpMonths, sumMonths, toNpsDto, total } from "./subtree-counts";
import { inRange, type SymmetryFilters } from "./symmetry-filters";
import type {
  ChangeDto,
  CorrelationDto,
  FilterRefusedDto,
  RollupCounts,
  SymmetryResultDto,
  SymmetryTeamDto,
  TrendPointDto,
} from "./symmetry-types";

export interface SymmetryView {
  counts: RollupCounts;
  k: number;
  filters: SymmetryFilters;
  /** Teams shown: the actor's scope, within the team filter. */
  shownTeamIds: ReadonlySet<string>;
  /** The trend's team (null: the organisation); no trend at all when null. */
  trend: { teamId: string | null } | null;
  /** The hidden sets when the caller decided (and stored) them already: decideHidden(counts, k). */
  hidden?: HiddenByMonth;
}

type Monthly = Map<string, Map<string, NpsCounts>>;

function change(earlier: NpsCounts | undefined, later: NpsCounts | undefined): ChangeDto | null {
  const result = earlier && later ? estimateChange(earlier, later) : null;
  return result ? { delta: result.delta, p: result.p, significant: result.significant } : null;
}

const hiddenIn = (hidden: HiddenByMonth, month: string, node: string) => hidden.get(month)?.has(node) === true;

function trend(months: string[], employee: Monthly, customer: Monthly, node: string, hidden: HiddenByMonth, minC: number): TrendPointDto[] {
  const enpsOf = (month: string | undefined) => (month && !hiddenIn(hidden, month, node) ? employee.get(month)?.get(node) : undefined);
  return months.map((month, i) => {
    const previous = months[i - 1];
    const c = customer.get(month)?.get(node);
    const e = enpsOf(month);
    const cPrev = previous ? customer.get(previous)?.get(node) : undefined;
    const ePrev = enpsOf(previous);
    return {
      period: month,
      nps: markCustomerNps(toNpsDto(c), minC),
      enps: toNpsDto(e),
      npsChange: total(c) > 0 && total(cPrev) > 0 ? change(cPrev, c) : null,
      enpsChange: total(e) > 0 && total(ePrev) > 0 ? change(ePrev, e) : null,
    };
  });
}

function correlation(teams: SymmetryTeamDto[]): CorrelationDto {
  const used = teams.filter((team) => team.usedInCorrelation);
  const result = teamCorrelation(used.map((team) => ({ x: team.enps?.score ?? 0, y: team.nps?.score ?? 0 })));
  if (result.status === "not-enough-teams") return { status: result.status, teams: result.teams, pearson: null, spearman: null };
  const { pearson, spearman } = result;
  return {
    status: "ok",
    teams: result.teams,
    pearson: pearson.status === "ok" ? { r: pearson.r, low: pearson.low, high: pearson.high, p: pearson.p } : null,
    spearman: spearman.status === "ok" ? { rho: spearman.rho, p: spearman.p } : null,
  };
}

/** eNPS_t and NPS_t per leaf team and month, each only where its month has k answers or more (and is not hidden). */
function lagSeries(
  leaves: ReadonlyArray<{ teamId: string }>,
  months: string[],
  employee: Monthly,
  customer: Monthly,
  k: number,
  hidden: HiddenByMonth,
): MonthlyTeamScore[] {
  return leaves.flatMap((team) =>
    months.map((month) => {
      const e = hiddenIn(hidden, month, team.teamId) ? undefined : employee.get(month)?.get(team.teamId);
      const c = customer.get(month)?.get(team.teamId);
      return {
        teamId: team.teamId,
        period: month,
        enps: total(e) >= k ? (toNpsDto(e)?.score ?? null) : null,
        nps: total(c) >= k ? (toNpsDto(c)?.score ?? null) : null,
      };
    }),
  );
}

/** Live respondents and imported rows, each judged on its own (docs/anonymity.md). */
function anonymityInput(counts: RollupCounts, k: number): AnonymityInput {
  return { teams: counts.teams, slices: counts.employeePeople, importedSlices: counts.employeeImported, k };
}

/** The organisation's hidden set per month for these counts, starting from what earlier reads hid. */
export function decideHidden(counts: RollupCounts, k: number): HiddenByMonth {
  return decideSuppressionByMonth({ ...anonymityInput(counts, k), alreadyHidden: counts.hiddenBefore });
}

/** A node's employee counts over the months it is visible in, and the months of the period that hide it. */
function visibleSum(employee: Monthly, months: readonly string[], hidden: HiddenByMonth, node: string) {
  const sum = emptyCounts();
  const excluded: string[] = [];
  for (const month of months) {
    if (hiddenIn(hidden, month, node)) excluded.push(month);
    else addInto(sum, employee.get(month)?.get(node));
  }
  return { counts: sum, excluded };
}

export function buildSymmetry({
  counts,
  k,
  filters,
  shownTeamIds,
  trend: trendFor,
  hidden = decideHidden(counts, k),
}: SymmetryView): SymmetryResultDto {
  const minC = counts.minCustomerResponses ?? 1;
  const refused = viewRefusal({ counts, k, filters, shownTeamIds, hidden });
  if (refused) return refused;
  const months = [...new Set([...counts.employee.keys(), ...counts.customer.keys()])].filter((m) => inRange(m, filters)).sort();
  const employeeMonths = months.filter((month) => counts.employee.has(month));
  const employee = rollUpMonths(counts.teams, counts.employee, months);
  const customer = rollUpMonths(counts.teams, counts.customer, months);
  const parents = new Set(counts.teams.map((team) => team.parentId));
  const teams = counts.teams
    .filter((team) => shownTeamIds.has(team.id))
    .map((team): SymmetryTeamDto => {
      const c = sumMonths(customer, team.id);
      const { counts: e, excluded } = visibleSum(employee, employeeMonths, hidden, team.id);
      // Hidden in some months and nothing left from the others: the whole figure is hidden.
      const suppressed = excluded.length > 0 && total(e) === 0;
      const nps = markCustomerNps(toNpsDto(c), minC);
      const enps = suppressed ? null : toNpsDto(e);
      const gapEstimate = nps && enps ? customerGap(estimateGap(e, c), nps) : null;
      const leaf = !parents.has(team.id);
      return {
        teamId: team.id,
        externalId: team.externalId,
        name: team.name,
        parentId: team.parentId,
        depth: team.depth,
        kind: team.kind,
        leaf,
        nps,
        enps,
        enpsSuppressed: suppressed,
        hiddenReason: suppressed ? "anonymity" : null,
        enpsExcludedMonths: excluded,
        gap: gapEstimate,
        // docs/statistics.md: leaf teams only, with n ≥ k on both sides and n ≥ minCustomerResponses for customers.
        usedInCorrelation: leaf && nps !== null && enps !== null && nps.n >= correlationCustomerMinimum(k, minC) && enps.n >= k,
      };
    });
  const node = trendFor ? (trendFor.teamId ?? ORGANISATION_NODE) : null;
  return {
    status: "ok",
    minGroupSize: k,
    minCustomerResponses: minC,
    trendTeamId: trendFor?.teamId ?? null,
    teams,
    correlation: correlation(teams),
    trend: node ? trend(months, employee, customer, node, hidden, minC) : [],
    lag: laggedCorrelation(
      lagSeries(
        teams.filter((team) => team.leaf),
        months,
        employee,
        customer,
        k,
        hidden,
      ),
    ),
  };
}

/** The remainder rule's answer to the view's filter (docs/security.md): null when it may be read. */
export function viewRefusal({
  counts,
  k,
  filters,
  hidden = decideHidden(counts, k),
}: Omit<SymmetryView, "trend">): FilterRefusedDto | null {
  if (!filters.teamId && !filters.from && !filters.to) return null;
  const anonymity = anonymityInput(counts, k);
  const slices = filters.from || filters.to ? [...anonymity.slices.keys()].filter((month) => inRange(month, filters)) : null;
  const check = checkFilter(anonymity, { teamId: filters.teamId ?? null, slices }, hidden);
  return check.status === "filter-refused" ? check : null;
}

/** The view's months (within the filter) and its shown leaf teams. */
function monthsAndLeaves(counts: RollupCounts, filters: SymmetryFilters, shownTeamIds: ReadonlySet<string>) {
  const months = [...new Set([...counts.employee.keys(), ...counts.customer.keys()])].filter((m) => inRange(m, filters)).sort();
  const parents = new Set(counts.teams.map((team) => team.parentId));
  const leaves = counts.teams.filter((team) => shownTeamIds.has(team.id) && !parents.has(team.id)).map((team) => ({ teamId: team.id }));
  return { months, leaves };
}

/**
 * The lagged correlation's series (eNPS_t and NPS_t of every shown leaf team and month, each only
 * where its month has k answers or more and is not hidden), for correlating other monthly figures
 * (the operational KPIs, issue 15 §1) under exactly the same rules. Call after buildSymmetry
 * answered "ok" for the same view (the filter's remainder rule is checked there).
 */
export function leafSeries({
  counts,
  k,
  filters,
  shownTeamIds,
  hidden = decideHidden(counts, k),
}: Omit<SymmetryView, "trend">): MonthlyTeamScore[] {
  const { months, leaves } = monthsAndLeaves(counts, filters, shownTeamIds);
  // A leaf's own counts are its subtree's: no roll-up of the tree needed (bench:kpis).
  return lagSeries(leaves, months, counts.employee, counts.customer, k, hidden);
}

/**
 * The employee answers of every shown leaf team by month, only where the month has k answers or
 * more and is not hidden (the same cells leafSeries scores), for comparing teams over time (the
 * ROI panel, issue 15 §1). Call after buildSymmetry answered "ok" for the same view.
 */
export function leafEmployeeCounts({ counts, k, filters, shownTeamIds, hidden = decideHidden(counts, k) }: Omit<SymmetryView, "trend">): {
  months: string[];
  teams: Map<string, Map<string, NpsCounts>>;
} {
  const { months, leaves } = monthsAndLeaves(counts, filters, shownTeamIds);
  // A leaf's own counts are its subtree's.
  const employee = counts.employee;
  const teams = new Map<string, Map<string, NpsCounts>>();
  for (const team of leaves) {
    const byMonth = new Map<string, NpsCounts>();
    for (const month of months) {
      const cell = hiddenIn(hidden, month, team.teamId) ? undefined : employee.get(month)?.get(team.teamId);
      if (cell && total(cell) >= k) byMonth.set(month, cell);
    }
    teams.set(team.teamId, byMonth);
  }
  return { months, teams };
}
