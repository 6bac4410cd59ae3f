// One team's mirrored detail for a principal: its row of the dashboard and trend, its child
// teams' rows, its headcount, mirrored item means per dimension (the butterfly: customer left,
// employee right), top irritants per side paired with their mirror, and customer NPS by channel
// and moment of truth. Same scope, refresh, remainder rule and suppression as getSymmetry, which
// it starts from: every figure and count has been through the anonymity engine.
import type { Principal } from "@/lib/auth/actor-types";
import { can, teamInScope } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { estimateItemMean, type ItemMeanEstimate } from "@/lib/stats/items";
import { db } from "../client";
import { getSymmetry } from "./get-symmetry";
import { toNpsDto } from "@/lib/symmetry/subtree-counts";
import { markCustomerNps } from "@/lib/symmetry/customer-minimum";
import { parseSymmetryFilters } from "@/lib/symmetry/symmetry-filters";
import type { FilterRefusedDto, NpsDto, SymmetryTeamDto, TrendPointDto } from "@/lib/symmetry/symmetry-types";
import { subtreeHeadcount } from "@/lib/db/internal/dashboard/team-headcount";
import {
  customerBreakdown,
  customerItems,
  employeeItems,
  irritantCounts,
  type IrritantRow,
  type ItemSumsRow,
} from "@/lib/db/internal/dashboard/team-detail-queries";
import { isUuid } from "@/lib/patterns";
import { withOrganisation } from "../tenant-context";

type MeanDto = ItemMeanEstimate;

export interface MirroredItemRowDto {
  itemId: string;
  dimension: string;
  /** The customer side's wording (what names an organisation's own pair). */
  labelFr: string;
  labelEn: string;
  /** A retired pair shows only in periods where it has answers. */
  active: boolean;
  customer: MeanDto | null;
  employee: MeanDto | null;
  employeeSuppressed: boolean;
}

export interface IrritantRowDto {
  irritantId: string;
  key: string;
  labelFr: string;
  labelEn: string;
  count: number;
  /**
   * The other side's counterpart (waiting time ↔ slow tools) with its catalogue labels, so it is
   * named even when its side is hidden or it is not among that side's top; its count there
   * (null when suppressed).
   */
  mirror: { irritantId: string; key: string; labelFr: string; labelEn: string; count: number | null } | null;
}

/** Who the team is and where it hangs: names only, shown even when a filter is refused. */
export interface TeamHeaderDto {
  teamId: string;
  name: string;
  kind: "DIRECTION" | "SERVICE" | "TEAM";
  /** Null for a root, and for a parent outside the principal's scope. */
  parent: { id: string; name: string } | null;
}

export interface TeamDetailDto {
  status: "ok";
  header: TeamHeaderDto;
  team: SymmetryTeamDto;
  /** Direct child teams, with the suppression decided on the whole organisation. */
  children: SymmetryTeamDto[];
  /** The organisation's customer minimum n: a customer NPS below it carries `tooFew` (lib/symmetry/customer-minimum.ts). */
  minCustomerResponses: number;
  /** Active members of the subtree; null when hidden like any count below k. */
  memberCount: number | null;
  trend: TrendPointDto[];
  items: MirroredItemRowDto[];
  irritants: { customer: IrritantRowDto[]; employee: IrritantRowDto[] };
  byChannel: Array<{ channel: string; nps: NpsDto | null }>;
  byMomentOfTruth: Array<{ momentOfTruthId: string; key: string; labelFr: string; labelEn: string; nps: NpsDto | null }>;
}

export type TeamFilterRefusedDto = FilterRefusedDto & { header: TeamHeaderDto };

const TOP_IRRITANTS = 5;

type CatalogueEntry = { id: string; side: "CUSTOMER" | "EMPLOYEE"; key: string; labelFr: string; labelEn: string; mirrorId: string | null };

function mean(row: ItemSumsRow | undefined): MeanDto | null {
  return row ? estimateItemMean({ n: row.n, sum: row.sum, sumSquares: row.sumSquares }) : null;
}

/** Out of scope, of another organisation or malformed: all "not found", before any figure is read. */
async function readHeader(principal: Principal, teamId: string): Promise<{ header: TeamHeaderDto; path: string }> {
  const found = isUuid(teamId)
    ? await db().team.findFirst({
        where: { id: teamId, organisationId: principal.organisationId },
        select: { id: true, name: true, kind: true, path: true, parent: { select: { id: true, name: true, path: true } } },
      })
    : null;
  const org = principal.organisationId;
  if (!found || !can(principal, "results:read", { ...found, organisationId: org })) throw new NotFoundError("team");
  const parent =
    found.parent && teamInScope(principal, { ...found.parent, organisationId: org })
      ? { id: found.parent.id, name: found.parent.name }
      : null;
  return { header: { teamId: found.id, name: found.name, kind: found.kind, parent }, path: found.path };
}

/** Each side's most cited irritants, paired with their mirror's count (null when the employee side is hidden). */
function topIrritants(catalogue: CatalogueEntry[], customer: IrritantRow[], employee: IrritantRow[], hidden: boolean) {
  const counts = new Map([...customer, ...(hidden ? [] : employee)].map((row) => [row.irritantId, row.count]));
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const mirrorOf = (id: string) => catalogue.find((entry) => entry.mirrorId === id) ?? byId.get(byId.get(id)?.mirrorId ?? "");
  const top = (rows: IrritantRow[]): IrritantRowDto[] =>
    [...rows]
      .sort((x, y) => y.count - x.count)
      .slice(0, TOP_IRRITANTS)
      .flatMap((row) => {
        const entry = byId.get(row.irritantId);
        if (!entry) return [];
        const mirror = mirrorOf(entry.id);
        return [
          {
            irritantId: entry.id,
            key: entry.key,
            labelFr: entry.labelFr,
            labelEn: entry.labelEn,
            count: row.count,
            mirror: mirror
              ? {
                  irritantId: mirror.id,
                  key: mirror.key,
                  labelFr: mirror.labelFr,
                  labelEn: mirror.labelEn,
                  count: hidden && mirror.side === "EMPLOYEE" ? null : (counts.get(mirror.id) ?? 0),
                }
              : null,
          },
        ];
      });
  return { customer: top(customer), employee: hidden ? [] : top(employee) };
}

export async function getTeamDetail(
  principal: Principal,
  teamId: string,
  input: unknown = {},
): Promise<TeamDetailDto | TeamFilterRefusedDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const filters = { ...parseSymmetryFilters(input), teamId };
    const { header, path } = await readHeader(principal, teamId);
    const symmetry = await getSymmetry(principal, filters);
    if (symmetry.status !== "ok") return { ...symmetry, header };
    const team = symmetry.teams.find((row) => row.teamId === teamId);
    if (!team) throw new NotFoundError("team");
    const org = principal.organisationId;
    const [items, catalogue, motLabels, cItems, eItems, cIrritants, eIrritants, channels, mots, memberCount] = await Promise.all([
      db().mirroredItem.findMany({
        where: { organisationId: org },
        select: { id: true, dimension: true, customerTextFr: true, customerTextEn: true, active: true },
        orderBy: [{ position: "asc" }, { dimension: "asc" }],
      }),
      db().irritant.findMany({
        where: { organisationId: org },
        select: { id: true, side: true, key: true, labelFr: true, labelEn: true, mirrorId: true },
      }),
      db().momentOfTruth.findMany({
        where: { organisationId: org, side: "CUSTOMER" },
        select: { id: true, key: true, labelFr: true, labelEn: true },
      }),
      customerItems(org, path, filters),
      employeeItems(org, path, filters, team.enpsExcludedMonths),
      irritantCounts(org, path, filters, "CUSTOMER"),
      irritantCounts(org, path, filters, "EMPLOYEE", team.enpsExcludedMonths),
      customerBreakdown(org, path, filters, "channel"),
      customerBreakdown(org, path, filters, "momentOfTruthId"),
      subtreeHeadcount(org, teamId, symmetry.minGroupSize),
    ]);
    const hidden = team.enpsSuppressed;
    const customerNps = (row: Parameters<typeof toNpsDto>[0]) => markCustomerNps(toNpsDto(row), symmetry.minCustomerResponses);
    const cById = new Map(cItems.map((row) => [row.itemId, row]));
    const eById = new Map(eItems.map((row) => [row.itemId, row]));
    return {
      status: "ok",
      header,
      team,
      children: symmetry.teams.filter((row) => row.parentId === teamId),
      minCustomerResponses: symmetry.minCustomerResponses,
      memberCount,
      trend: symmetry.trend,
      // Active pairs, and retired ones that have answers in the period (history keeps them).
      items: items
        .filter((item) => item.active || cById.has(item.id) || eById.has(item.id))
        .map((item) => {
          const e = eById.get(item.id);
          const suppressed = hidden || (e !== undefined && e.complete !== true);
          return {
            itemId: item.id,
            dimension: item.dimension,
            labelFr: item.customerTextFr,
            labelEn: item.customerTextEn,
            active: item.active,
            customer: mean(cById.get(item.id)),
            employee: suppressed ? null : mean(e),
            employeeSuppressed: suppressed,
          };
        }),
      irritants: topIrritants(catalogue, cIrritants, eIrritants, hidden),
      byChannel: channels.map((row) => ({ channel: row.key, nps: customerNps(row) })),
      byMomentOfTruth: mots.flatMap((row) => {
        const label = motLabels.find((mot) => mot.id === row.key);
        return label
          ? [{ momentOfTruthId: label.id, key: label.key, labelFr: label.labelFr, labelEn: label.labelEn, nps: customerNps(row) }]
          : [];
      }),
    };
  });
}
