// One team's mirrored detail for a principal: its row of the dashboard and trend, mirrored
// item means per dimension (the butterfly: customer left, employee right), top irritants per
// side paired with their mirror, and customer NPS by channel and moment of truth. Same scope,
// refresh, remainder rule and suppression as getSymmetry, which it starts from.
import type { Principal } from "@/lib/auth/actor-types";
import { NotFoundError } from "@/lib/errors";
import { estimateItemMean, type ItemMeanEstimate } from "@/lib/stats/items";
import { db } from "../client";
import { getSymmetry } from "./get-symmetry";
import { toNpsDto } from "./subtree-counts";
import { parseSymmetryFilters, UUID } from "./symmetry-filters";
import type { FilterRefusedDto, NpsDto, SymmetryTeamDto, TrendPointDto } from "./symmetry-types";
import { customerBreakdown, customerItems, employeeItems, irritantCounts, type ItemSumsRow } from "./team-detail-queries";

type MeanDto = ItemMeanEstimate;

export interface MirroredItemRowDto {
  itemId: string;
  dimension: string;
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
  /** The other side's counterpart (waiting time ↔ slow tools) and its count there (null when suppressed). */
  mirror: { irritantId: string; key: string; count: number | null } | null;
}

export interface TeamDetailDto {
  status: "ok";
  team: SymmetryTeamDto;
  trend: TrendPointDto[];
  items: MirroredItemRowDto[];
  irritants: { customer: IrritantRowDto[]; employee: IrritantRowDto[] };
  byChannel: Array<{ channel: string; nps: NpsDto | null }>;
  byMomentOfTruth: Array<{ momentOfTruthId: string; key: string; labelFr: string; labelEn: string; nps: NpsDto | null }>;
}

const TOP_IRRITANTS = 5;

function mean(row: ItemSumsRow | undefined): MeanDto | null {
  return row ? estimateItemMean({ n: row.n, sum: row.sum, sumSquares: row.sumSquares }) : null;
}

export async function getTeamDetail(principal: Principal, teamId: string, input: unknown = {}): Promise<TeamDetailDto | FilterRefusedDto> {
  if (!UUID.test(teamId)) throw new NotFoundError("team");
  const filters = { ...parseSymmetryFilters(input), teamId };
  const symmetry = await getSymmetry(principal, filters);
  if (symmetry.status !== "ok") return symmetry;
  const team = symmetry.teams.find((row) => row.teamId === teamId);
  const found = await db().team.findFirst({ where: { id: teamId, organisationId: principal.organisationId }, select: { path: true } });
  if (!team || !found) throw new NotFoundError("team");
  const org = principal.organisationId;
  const [items, catalogue, motLabels, cItems, eItems, cIrritants, eIrritants, channels, mots] = await Promise.all([
    db().mirroredItem.findMany({ where: { organisationId: org, active: true }, select: { id: true, dimension: true }, orderBy: { position: "asc" } }),
    db().irritant.findMany({ where: { organisationId: org }, select: { id: true, side: true, key: true, labelFr: true, labelEn: true, mirrorId: true } }),
    db().momentOfTruth.findMany({ where: { organisationId: org, side: "CUSTOMER" }, select: { id: true, key: true, labelFr: true, labelEn: true } }),
    customerItems(org, found.path, filters),
    employeeItems(org, found.path, filters),
    irritantCounts(org, found.path, filters, "CUSTOMER"),
    irritantCounts(org, found.path, filters, "EMPLOYEE"),
    customerBreakdown(org, found.path, filters, "channel"),
    customerBreakdown(org, found.path, filters, "momentOfTruthId"),
  ]);
  const hidden = team.enpsSuppressed;
  const cById = new Map(cItems.map((row) => [row.itemId, row]));
  const eById = new Map(eItems.map((row) => [row.itemId, row]));
  const counts = new Map([...cIrritants, ...(hidden ? [] : eIrritants)].map((row) => [row.irritantId, row.count]));
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const mirrorOf = (id: string) => catalogue.find((entry) => entry.mirrorId === id) ?? byId.get(byId.get(id)?.mirrorId ?? "");
  const top = (rows: Array<{ irritantId: string; count: number }>): IrritantRowDto[] =>
    [...rows].sort((x, y) => y.count - x.count).slice(0, TOP_IRRITANTS).flatMap((row) => {
      const entry = byId.get(row.irritantId);
      if (!entry) return [];
      const mirror = mirrorOf(entry.id);
      return [{ irritantId: entry.id, key: entry.key, labelFr: entry.labelFr, labelEn: entry.labelEn, count: row.count,
        mirror: mirror ? { irritantId: mirror.id, key: mirror.key, count: hidden && mirror.side === "EMPLOYEE" ? null : (counts.get(mirror.id) ?? 0) } : null }];
    });
  return {
    status: "ok", team, trend: symmetry.trend,
    items: items.map((item) => {
      const e = eById.get(item.id);
      const suppressed = hidden || (e !== undefined && e.complete !== true);
      return { itemId: item.id, dimension: item.dimension, customer: mean(cById.get(item.id)), employee: suppressed ? null : mean(e), employeeSuppressed: suppressed };
    }),
    irritants: { customer: top(cIrritants), employee: hidden ? [] : top(eIrritants) },
    byChannel: channels.map((row) => ({ channel: row.key, nps: toNpsDto(row) })),
    byMomentOfTruth: mots.flatMap((row) => {
      const label = motLabels.find((mot) => mot.id === row.key);
      return label ? [{ momentOfTruthId: label.id, key: label.key, labelFr: label.labelFr, labelEn: label.labelEn, nps: toNpsDto(row) }] : [];
    }),
  };
}
