// importKpis: KPI values per team and month (issue 15 §1), from POST /api/v1/kpis or the CSV
// upload page (kpis:manage). All or nothing: every row is checked (shape, then team, KPI, unit
// range and duplicates against the organisation) and any refused row stores nothing, each
// refusal named by row index, field and a sentence. Idempotent on team + month + KPI: a row
// already stored updates its value. `dryRun` checks and counts without writing (the preview).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { MAX_KPI_ROWS, rowShapeErrors, ZKpiImportRow, type KpiImportRow, type KpiRowError } from "@/lib/kpis/kpi-import-schema";
import { pool } from "../client";
import { inPgTransaction } from "../in-pg-transaction";
import { resolveKpiRows, type ResolvedKpiRow } from "../internal/kpis/resolve-kpi-rows";
import { withOrganisation } from "../tenant-context";

export type ImportKpisResult =
  { ok: true; rows: number; created: number; updated: number; dryRun: boolean } | { ok: false; rows: number; errors: KpiRowError[] };

const columns = (rows: ResolvedKpiRow[]) => [rows.map((r) => r.teamId), rows.map((r) => r.period), rows.map((r) => r.kpiId)];

/** How many of the rows already have a value (they will be updated, not added). */
async function countExisting(organisationId: string, rows: ResolvedKpiRow[]): Promise<number> {
  const { rows: found } = await pool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "OperationalKpi" k
       JOIN unnest($2::uuid[], $3::date[], $4::uuid[]) AS r("teamId", period, "kpiId")
         ON k."teamId" = r."teamId" AND k.period = r.period AND k."kpiId" = r."kpiId"
      WHERE k."organisationId" = $1::uuid`,
    [organisationId, ...columns(rows)],
  );
  return found[0]?.n ?? 0;
}

/** Upserts the rows and audits the import in one transaction; counts what was added and what updated. */
async function store(principal: Principal, rows: ResolvedKpiRow[]): Promise<{ created: number; updated: number }> {
  const { organisationId } = principal;
  return inPgTransaction(async (client) => {
    // xmax = 0 on a row this statement inserted; an updated row carries this transaction's id.
    const { rows: written } = await client.query<{ inserted: boolean }>(
      `INSERT INTO "OperationalKpi" ("organisationId", "teamId", period, "kpiId", value)
       SELECT $1::uuid, r."teamId", r.period, r."kpiId", r.value
         FROM unnest($2::uuid[], $3::date[], $4::uuid[], $5::float8[]) AS r("teamId", period, "kpiId", value)
       ON CONFLICT ("organisationId", "teamId", period, "kpiId") DO UPDATE SET value = EXCLUDED.value
       RETURNING (xmax = 0) AS inserted`,
      [organisationId, ...columns(rows), rows.map((r) => r.value)],
    );
    const created = written.filter((row) => row.inserted).length;
    const updated = rows.length - created;
    const actorId = principal.kind === "user" ? principal.membershipId : null;
    const via = principal.kind === "apiKey" ? { apiKeyId: principal.apiKeyId, apiKeyName: principal.name } : {};
    await client.query(
      `INSERT INTO "AuditLog" ("organisationId", "actorId", action, "targetType", "targetId", metadata)
       VALUES ($1::uuid, $2::uuid, 'kpis.import', 'OperationalKpi', NULL, $3::jsonb)`,
      [organisationId, actorId, JSON.stringify({ rows: rows.length, created, updated, ...via })],
    );
    return { created, updated };
  });
}

export async function importKpis(
  principal: Principal,
  inputs: readonly unknown[],
  options: { dryRun?: boolean } = {},
): Promise<ImportKpisResult> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "kpis:manage")) throw new ForbiddenError();
    if (inputs.length > MAX_KPI_ROWS) throw new ExpectedError("INVALID_INPUT", `at most ${MAX_KPI_ROWS} rows per import`);
    if (inputs.length === 0) throw new ExpectedError("INVALID_INPUT", "the import holds no row");
    const errors: KpiRowError[] = [];
    const valid: Array<{ index: number; row: KpiImportRow }> = [];
    inputs.forEach((raw, index) => {
      const parsed = ZKpiImportRow.safeParse(raw);
      if (parsed.success) valid.push({ index, row: parsed.data });
      else errors.push(...rowShapeErrors(index, parsed.error));
    });
    const { resolved, errors: refErrors } =
      valid.length > 0 ? await resolveKpiRows(principal.organisationId, valid) : { resolved: [], errors: [] };
    errors.push(...refErrors);
    if (errors.length > 0) return { ok: false, rows: inputs.length, errors: errors.sort((a, b) => a.index - b.index) };
    if (options.dryRun) {
      const updated = await countExisting(principal.organisationId, resolved);
      return { ok: true, rows: resolved.length, created: resolved.length - updated, updated, dryRun: true };
    }
    return { ok: true, rows: resolved.length, ...(await store(principal, resolved)), dryRun: false };
  });
}
