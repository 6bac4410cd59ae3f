// The kpi_definitions migration (issue 15 §1): every organisation that existed gets the four
// built-in definitions, and each OperationalKpi row keyed by the old KpiKind now points at its
// own organisation's built-in definition of that kind, its value and period kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_KPIS } from "@/lib/kpis/builtin-kpis";
import { databaseBefore, withClient, type PartialDatabase } from "./partial-migrations";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const TEAM_A = "00000000-0000-4000-8000-0000000000a1";
const TEAM_B = "00000000-0000-4000-8000-0000000000b1";
let db: PartialDatabase;

beforeAll(async () => {
  db = await databaseBefore("20261204214609_kpi_definitions", "kpi_migration");
  await withClient(db.url, async (client) => {
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, 'old-a', 'Old A'), ($2, 'old-b', 'Old B')`, [A, B]);
    await client.query(`INSERT INTO "Team" (id, "organisationId", name, path) VALUES ($1, $2, 'A', $3), ($4, $5, 'B', $6)`, [
      TEAM_A,
      A,
      `/${TEAM_A}/`,
      TEAM_B,
      B,
      `/${TEAM_B}/`,
    ]);
    await client.query(
      `INSERT INTO "OperationalKpi" ("organisationId", "teamId", period, kind, value) VALUES
        ($1, $2, '2026-01-01', 'FIRST_CONTACT_RESOLUTION', 81.5), ($1, $2, '2026-01-01', 'AVERAGE_HANDLING_TIME', 312),
        ($1, $2, '2026-02-01', 'ABSENTEEISM', 4.2), ($3, $4, '2026-01-01', 'TURNOVER', 1.1)`,
      [A, TEAM_A, B, TEAM_B],
    );
  });
  await db.migrateRest();
}, 120_000);

afterAll(async () => {
  await db?.drop();
}, 60_000);

const rows = (sql: string, params: unknown[]) => withClient(db.url, async (client) => (await client.query(sql, params)).rows);

describe("kpi_definitions migration", () => {
  it("creates the four built-ins for every organisation", async () => {
    for (const organisationId of [A, B]) {
      const definitions = await rows(
        `SELECT key, unit::text, "higherIsBetter", position, active FROM "KpiDefinition" WHERE "organisationId" = $1 ORDER BY position`,
        [organisationId],
      );
      expect(definitions).toEqual(
        BUILTIN_KPIS.map((kpi, position) => ({ key: kpi.key, unit: kpi.unit, higherIsBetter: kpi.higherIsBetter, position, active: true })),
      );
    }
  });

  it("moves each value to its own organisation's definition of its kind", async () => {
    const values = await rows(
      `SELECT k."organisationId"::text AS org, d."organisationId"::text AS "definitionOrg", d.key, to_char(k.period, 'YYYY-MM') AS month, k.value
         FROM "OperationalKpi" k JOIN "KpiDefinition" d ON d.id = k."kpiId" ORDER BY k."organisationId", k.period, d.key`,
      [],
    );
    expect(values).toEqual([
      { org: A, definitionOrg: A, key: "average_handling_time", month: "2026-01", value: 312 },
      { org: A, definitionOrg: A, key: "first_contact_resolution", month: "2026-01", value: 81.5 },
      { org: A, definitionOrg: A, key: "absenteeism", month: "2026-02", value: 4.2 },
      { org: B, definitionOrg: B, key: "turnover", month: "2026-01", value: 1.1 },
    ]);
  });

  it("drops the old kind", async () => {
    expect(await rows(`SELECT 1 FROM pg_type WHERE typname = 'KpiKind'`, [])).toEqual([]);
  });
});
