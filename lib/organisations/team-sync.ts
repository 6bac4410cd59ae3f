// The HR-system sync of the team tree (issue 12 §4): the body's shape, and the plan — what would
// be created, renamed, moved, archived or restored, and every row error — worked out from the
// organisation's current teams without writing anything. Pure: the data layer applies a plan
// only when it has no error. Teams without an HR id (made in the editor) are left alone.
import { z } from "zod";
import { teamKinds } from "./team-schema";

export const MAX_SYNC_TEAMS = 20_000;

export const ZTeamSyncRow = z.strictObject({
  externalId: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  name: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  parentExternalId: z
    .string({ error: "must be the HR id of another team, or null for a root" })
    .trim()
    .max(100, "must be at most 100 characters")
    .transform((value) => (value === "" ? null : value))
    .nullable(),
  kind: z.enum(teamKinds, { error: "must be DIRECTION, SERVICE or TEAM" }).optional(),
});
export type TeamSyncRow = z.infer<typeof ZTeamSyncRow>;

export const ZTeamSyncBody = z.strictObject({
  teams: z.array(z.unknown()).max(MAX_SYNC_TEAMS, `at most ${MAX_SYNC_TEAMS} teams per request`),
});

export interface SyncRowError {
  index: number;
  field: string;
  message: string;
}

export interface ExistingTeam {
  id: string;
  externalId: string | null;
  name: string;
  kind: (typeof teamKinds)[number];
  parentId: string | null;
  archived: boolean;
  /** Active people in the team itself. */
  people: number;
}

export interface TeamSyncPlan {
  errors: SyncRowError[];
  /** The body's valid rows, trimmed (all of them when there is no error). */
  rows: TeamSyncRow[];
  /** Body rows whose HR id is new: created (their id is chosen when applied). */
  created: TeamSyncRow[];
  /** Existing teams whose name or kind changes. */
  renamed: Array<{ id: string; externalId: string; name: string; kind: ExistingTeam["kind"] }>;
  /** Existing teams whose parent changes. */
  moved: Array<{ id: string; externalId: string }>;
  /** Mirror mode: synced teams missing from the body. */
  archived: Array<{ id: string; externalId: string }>;
  /** Archived teams present in the body again. */
  restored: Array<{ id: string; externalId: string }>;
  unchanged: number;
}

/** The body's rows validated one by one: the valid ones with their index, every problem of the others. */
export function parseSyncRows<Row>(schema: z.ZodType<Row>, rawRows: readonly unknown[], noun: string, errors: SyncRowError[]) {
  const rows: Array<{ index: number; row: Row }> = [];
  rawRows.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) rows.push({ index, row: parsed.data });
    else
      for (const issue of parsed.error.issues)
        errors.push({
          index,
          field: issue.code === "unrecognized_keys" ? issue.keys.join(",") : String(issue.path[0] ?? "row"),
          message: issue.code === "unrecognized_keys" ? `is not a field of a ${noun}` : issue.message,
        });
  });
  return rows;
}

const kindAtDepth = (depth: number): ExistingTeam["kind"] => (depth === 0 ? "DIRECTION" : depth === 1 ? "SERVICE" : "TEAM");

export function planTeamSync(rawRows: readonly unknown[], existing: readonly ExistingTeam[], mirror: boolean): TeamSyncPlan {
  const plan: TeamSyncPlan = { errors: [], rows: [], created: [], renamed: [], moved: [], archived: [], restored: [], unchanged: 0 };
  const rows = parseSyncRows(ZTeamSyncRow, rawRows, "team", plan.errors);
  plan.rows = rows.map(({ row }) => row);
  const byExternalId = new Map(existing.flatMap((team) => (team.externalId ? [[team.externalId, team] as const] : [])));
  const byId = new Map(existing.map((team) => [team.id, team]));
  const firstIndex = new Map<string, number>();
  for (const { index, row } of rows) {
    const first = firstIndex.get(row.externalId);
    if (first !== undefined)
      plan.errors.push({ index, field: "externalId", message: `appears twice in the body (also at index ${first})` });
    else firstIndex.set(row.externalId, index);
  }
  const inBody = new Map(rows.map(({ row }) => [row.externalId, row]));
  // The resulting parent of every synced team, by HR id; an editor-made parent keeps its id.
  const parentKey = (row: TeamSyncRow): string | null => row.parentExternalId;
  for (const { index, row } of rows) {
    const parent = parentKey(row);
    if (parent === null) continue;
    if (parent === row.externalId) plan.errors.push({ index, field: "parentExternalId", message: "is the team itself" });
    else if (!inBody.has(parent) && !byExternalId.has(parent))
      plan.errors.push({ index, field: "parentExternalId", message: `unknown team "${parent}": not in the body nor in Symétrie` });
    else if (mirror && !inBody.has(parent))
      plan.errors.push({
        index,
        field: "parentExternalId",
        message: `"${parent}" is missing from the body, so mirroring would archive it`,
      });
    else if (!inBody.has(parent) && byExternalId.get(parent)!.archived)
      plan.errors.push({ index, field: "parentExternalId", message: `"${parent}" is archived: it takes no teams` });
  }
  // Cycles: follow each row's parents through the body; coming back to a row is a cycle.
  const depthOf = new Map<string, number>();
  for (const { index, row } of rows) {
    const seen = new Set<string>([row.externalId]);
    let depth = 0;
    let cursor = inBody.get(row.externalId)!;
    let cycle = false;
    while (cursor.parentExternalId !== null && inBody.has(cursor.parentExternalId)) {
      if (seen.has(cursor.parentExternalId)) {
        cycle = true;
        break;
      }
      seen.add(cursor.parentExternalId);
      cursor = inBody.get(cursor.parentExternalId)!;
      depth++;
    }
    if (cycle) plan.errors.push({ index, field: "parentExternalId", message: "would make a cycle in the tree" });
    else {
      // Above the body's top row: the depth of an existing parent outside the body.
      const outside = cursor.parentExternalId === null ? null : byExternalId.get(cursor.parentExternalId);
      depthOf.set(row.externalId, depth + (outside ? depthInTree(outside, byId) + 1 : 0));
    }
  }
  if (mirror) {
    const people = peopleBySubtree(existing);
    for (const team of existing) {
      if (!team.externalId || team.archived || inBody.has(team.externalId)) continue;
      const stay = people.get(team.id) ?? 0;
      if (stay > 0)
        plan.errors.push({
          index: -1,
          field: "teams",
          message: `"${team.externalId}" (${team.name}) is missing from the body but still has ${stay} active people: move or deactivate them first`,
        });
      else plan.archived.push({ id: team.id, externalId: team.externalId });
    }
  }
  if (plan.errors.length > 0) return plan;
  for (const { row } of rows) {
    const current = byExternalId.get(row.externalId);
    if (!current) {
      plan.created.push({ ...row, kind: row.kind ?? kindAtDepth(depthOf.get(row.externalId) ?? 0) });
      continue;
    }
    const kind = row.kind ?? current.kind;
    const parentId = row.parentExternalId === null ? null : (byExternalId.get(row.parentExternalId)?.id ?? `new:${row.parentExternalId}`);
    let changed = false;
    if (current.name !== row.name || current.kind !== kind) {
      plan.renamed.push({ id: current.id, externalId: row.externalId, name: row.name, kind });
      changed = true;
    }
    if (current.parentId !== parentId) {
      plan.moved.push({ id: current.id, externalId: row.externalId });
      changed = true;
    }
    if (current.archived) {
      plan.restored.push({ id: current.id, externalId: row.externalId });
      changed = true;
    }
    if (!changed) plan.unchanged++;
  }
  return plan;
}

function depthInTree(team: ExistingTeam, byId: ReadonlyMap<string, ExistingTeam>): number {
  let depth = 0;
  for (let parent = team.parentId; parent; parent = byId.get(parent)?.parentId ?? null) depth++;
  return depth;
}

/** Active people of each team's subtree. */
function peopleBySubtree(existing: readonly ExistingTeam[]): Map<string, number> {
  const byId = new Map(existing.map((team) => [team.id, team]));
  const totals = new Map<string, number>();
  for (const team of existing) {
    if (team.people === 0) continue;
    for (let node: string | null = team.id; node; node = byId.get(node)?.parentId ?? null)
      totals.set(node, (totals.get(node) ?? 0) + team.people);
  }
  return totals;
}

/** The counts a sync answers with. */
export function teamSyncCounts(plan: TeamSyncPlan) {
  return {
    created: plan.created.length,
    renamed: plan.renamed.length,
    moved: plan.moved.length,
    archived: plan.archived.length,
    restored: plan.restored.length,
    unchanged: plan.unchanged,
  };
}
