// Checks validated KPI import rows against the organisation in one query each for teams and
// definitions: the team (by id or external key), the KPI (by key, active), the value within its
// unit's range, and the same team + month + KPI only once per import. Another organisation's
// team or KPI is "unknown", exactly like one that exists nowhere.
import { pool } from "@/lib/db/client";
import { KPI_ROW_SENTENCES, type KpiImportRow, type KpiRowError } from "@/lib/kpis/kpi-import-schema";
import { fitsUnit, rangeSentence, type KpiUnit } from "@/lib/kpis/kpi-units";
import { isUuid } from "@/lib/patterns";
import { withOrganisation } from "../../tenant-context";

/** A row ready to store: ids of the organisation, the month's first day. */
export interface ResolvedKpiRow {
  teamId: string;
  period: string;
  kpiId: string;
  value: number;
}

const distinct = (values: Iterable<string>) => [...new Set(values)];

async function loadTeams(organisationId: string, refs: string[]): Promise<Map<string, string>> {
  const ids = distinct(refs.filter(isUuid).map((ref) => ref.toLowerCase()));
  const { rows } = await pool().query<{ id: string; externalId: string | null }>(
    `SELECT id::text, "externalId" FROM "Team"
      WHERE "organisationId" = $1::uuid AND ("externalId" = ANY($2::text[]) OR id = ANY($3::uuid[]))`,
    [organisationId, distinct(refs), ids],
  );
  const byRef = new Map<string, string>();
  for (const team of rows) if (team.externalId !== null) byRef.set(team.externalId, team.id);
  // An id wins over an external key spelled the same (it cannot be another team's key by accident).
  for (const team of rows) byRef.set(team.id, team.id);
  return byRef;
}

type Definition = { id: string; unit: KpiUnit; active: boolean };

async function loadDefinitions(organisationId: string, keys: string[]): Promise<Map<string, Definition>> {
  const { rows } = await pool().query<Definition & { key: string }>(
    `SELECT id::text, key, unit::text AS unit, active FROM "KpiDefinition" WHERE "organisationId" = $1::uuid AND key = ANY($2::text[])`,
    [organisationId, distinct(keys)],
  );
  return new Map(rows.map((row) => [row.key, row]));
}

export async function resolveKpiRows(
  organisationId: string,
  rows: Array<{ index: number; row: KpiImportRow }>,
): Promise<{ resolved: ResolvedKpiRow[]; errors: KpiRowError[] }> {
  return withOrganisation(organisationId, async () => {
    const [teams, definitions] = await Promise.all([
      loadTeams(
        organisationId,
        rows.map(({ row }) => row.team),
      ),
      loadDefinitions(
        organisationId,
        rows.map(({ row }) => row.kpi),
      ),
    ]);
    const resolved: ResolvedKpiRow[] = [];
    const errors: KpiRowError[] = [];
    const firstIndex = new Map<string, number>();
    for (const { index, row } of rows) {
      const rowErrors: KpiRowError[] = [];
      const teamId = teams.get(isUuid(row.team) ? row.team.toLowerCase() : row.team);
      if (!teamId) rowErrors.push({ index, field: "team", code: "unknownTeam", message: KPI_ROW_SENTENCES.unknownTeam });
      const definition = definitions.get(row.kpi);
      if (!definition) rowErrors.push({ index, field: "kpi", code: "unknownKpi", message: KPI_ROW_SENTENCES.unknownKpi });
      else if (!definition.active) rowErrors.push({ index, field: "kpi", code: "inactiveKpi", message: KPI_ROW_SENTENCES.inactiveKpi });
      else if (!fitsUnit(definition.unit, row.value))
        rowErrors.push({ index, field: "value", code: "outOfRange", message: rangeSentence(definition.unit), unit: definition.unit });
      if (teamId && definition) {
        const cell = `${teamId}|${row.month}|${definition.id}`;
        const first = firstIndex.get(cell);
        if (first === undefined) firstIndex.set(cell, index);
        else
          rowErrors.push({
            index,
            field: "",
            code: "duplicate",
            message: `${KPI_ROW_SENTENCES.duplicate} (row ${first + 1})`,
            firstIndex: first,
          });
      }
      errors.push(...rowErrors);
      if (rowErrors.length === 0 && teamId && definition)
        resolved.push({ teamId, period: `${row.month}-01`, kpiId: definition.id, value: row.value });
    }
    return { resolved, errors };
  });
}
