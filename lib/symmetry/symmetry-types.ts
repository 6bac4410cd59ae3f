// DTOs of the mirrored dashboard (docs/product.md "Mirrored dashboard", docs/statistics.md): plain data, no Prisma types.
import type { LagCorrelation } from "@/lib/stats/lag";
import type { NpsCounts } from "@/lib/stats/nps";

export interface NpsDto {
  score: number;
  n: number;
  low: number;
  high: number;
  /**
   * Customer side only: n is below the organisation's minCustomerResponses (lib/symmetry/customer-minimum.ts).
   * Show "too few answers (n = …)", never the score or its interval; the trend keeps the point to draw it as thin.
   */
  tooFew?: boolean;
}

/**
 * Why an employee figure is hidden. One reason only, on purpose: "anonymity" means that in at
 * least one month this team, or a team next to it in the tree (parent, sibling, sub-team), had
 * 1..k−1 people. Telling "too few here" from "hidden to protect a neighbour" would say which
 * hidden cells hold fewer than k and which hold k or more, and a visible parent could then give
 * the numbers away: a parent of 6 whose two hidden children are "too few" and "neighbour" holds
 * 1 and 5 (docs/anonymity.md "What a hidden figure says").
 */
export type HiddenReason = "anonymity";

export interface GapDto {
  value: number;
  low: number;
  high: number;
}

export interface SymmetryTeamDto {
  teamId: string;
  externalId: string | null;
  name: string;
  parentId: string | null;
  depth: number;
  kind: "DIRECTION" | "SERVICE" | "TEAM";
  /** No child team: a point of the cross-team correlation (docs/statistics.md). */
  leaf: boolean;
  nps: NpsDto | null;
  /** Null when empty or suppressed; `enpsSuppressed` tells which, never how many answers. */
  enps: NpsDto | null;
  enpsSuppressed: boolean;
  /** Why the eNPS (and so the gap) is hidden; null when it is not. */
  hiddenReason: HiddenReason | null;
  /**
   * Months ("YYYY-MM") of the period in which this team's employee figures are hidden for
   * anonymity: the eNPS shown leaves them out (docs/anonymity.md "Month by month"). Empty when
   * every month counts; every month of the period with employee answers when `enpsSuppressed`.
   */
  enpsExcludedMonths: string[];
  gap: GapDto | null;
  usedInCorrelation: boolean;
}

export interface CorrelationDto {
  status: "ok" | "not-enough-teams";
  teams: number;
  pearson: { r: number; low: number; high: number; p: number } | null;
  spearman: { rho: number; p: number } | null;
}

export interface ChangeDto {
  delta: number;
  p: number;
  significant: boolean;
}

export interface TrendPointDto {
  /** "YYYY-MM". */
  period: string;
  nps: NpsDto | null;
  enps: NpsDto | null;
  /** Change from the previous point of the trend; significant at 5 % (lib/stats/change.ts). */
  npsChange: ChangeDto | null;
  enpsChange: ChangeDto | null;
}

export interface SymmetryDto {
  status: "ok";
  /** The threshold applied (the organisation's, floored at 3). */
  minGroupSize: number;
  /** Customer NPS from fewer answers is flagged `tooFew` (organisation setting, docs/statistics.md). */
  minCustomerResponses: number;
  /** Whose trend this is: a team id, or null for the whole organisation. */
  trendTeamId: string | null;
  teams: SymmetryTeamDto[];
  correlation: CorrelationDto;
  trend: TrendPointDto[];
  lag: LagCorrelation[];
}

/** The remainder rule refused the filter (docs/security.md): a result, not an error, so pages can explain it. */
export interface FilterRefusedDto {
  status: "filter-refused";
  reason: "remainder-below-threshold";
}

export type SymmetryResultDto = SymmetryDto | FilterRefusedDto;

/** The data layer's rolled-up inputs to buildSymmetry (lib/db/internal/dashboard/load-rollup-counts.ts). */
export interface DashboardTeam {
  id: string;
  parentId: string | null;
  name: string;
  kind: "DIRECTION" | "SERVICE" | "TEAM";
  depth: number;
  path: string;
  externalId: string | null;
}

/** month "YYYY-MM" → team id → the team's own counts (not its subtree's). */
export type CountsByMonth = Map<string, Map<string, NpsCounts>>;

/** month "YYYY-MM" → team id → distinct respondents of the team's own cell. */
export type PeopleByMonth = Map<string, Map<string, number>>;

export interface RollupCounts {
  teams: DashboardTeam[];
  minGroupSize: number;
  /** The organisation's customer minimum n (Organisation.minCustomerResponses); absent: no minimum beyond k. */
  minCustomerResponses?: number;
  /** Every month: anonymity is decided month by month on the whole history, whatever the filter. */
  employee: CountsByMonth;
  /** The distinct live respondents behind each employee cell: the threshold counts them, not the answers. */
  employeePeople: PeopleByMonth;
  /** Imported rows per employee cell: history judged against k on its own, never added to live people. */
  employeeImported: PeopleByMonth;
  /** month "YYYY-MM" → nodes hidden in that month by earlier reads (EmployeeHiddenNode): they stay hidden there. */
  hiddenBefore: Map<string, string[]>;
  /** Months of the filter, with the channel and moment-of-truth filters applied. */
  customer: CountsByMonth;
}
