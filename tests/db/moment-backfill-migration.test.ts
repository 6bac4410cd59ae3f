// The moments-of-truth backfill (issue 13 §1): an organisation created before the catalogue knew
// event types and triggers gets them as the code behaved (30 days after onboarding, a job change
// or a reorganisation, 3 after a one-to-one, 7 after a suggestion's answer or an HR interview;
// recruitment and first tools known but off), and a missing moment is added so its events still
// schedule a pulse. Runs the migrations up to the one before, writes old-shape rows, runs the rest.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../../scripts/db/migrate";
import { applyMigrationDirs } from "../../scripts/db/schema-engine";

const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL;
const DATABASE = `moment_backfill_${process.pid}_${Date.now()}`;
const FIRST = "20261204154040_moment_of_truth_catalogue";
let before: string;

function url(): string {
  const parsed = new URL(ADMIN_URL!);
  parsed.pathname = `/${DATABASE}`;
  return parsed.toString();
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (!ADMIN_URL) throw new Error("TEST_ADMIN_DATABASE_URL is not set: run the db tier through `npm run test:db`.");
  await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE "${DATABASE}"`));
  before = fs.mkdtempSync(path.join(os.tmpdir(), "moment-backfill-"));
  for (const entry of fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < FIRST)
      fs.cpSync(path.join(MIGRATIONS_DIR, entry.name), path.join(before, entry.name), { recursive: true });
    if (entry.isFile() && entry.name === "migration_lock.toml")
      fs.copyFileSync(path.join(MIGRATIONS_DIR, entry.name), path.join(before, entry.name));
  }
  await applyMigrationDirs(url(), before);
  await withClient(url(), async (client) => {
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ('00000000-0000-4000-8000-000000000001', 'old-full', 'Old full'),
      ('00000000-0000-4000-8000-000000000002', 'old-partial', 'Old partial')`);
    const keys = [
      "recrutement",
      "integration",
      "premiers_outils",
      "entretien_manager",
      "changement_poste",
      "reorganisation",
      "reponse_suggestion",
      "entretien_rh",
    ];
    for (const [index, key] of keys.entries())
      await client.query(
        `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn", position) VALUES (gen_random_uuid(), $1, 'EMPLOYEE', $2, $2, $2, $3)`,
        ["00000000-0000-4000-8000-000000000001", key, index],
      );
    // The partial organisation renamed its onboarding moment's label and has nothing else.
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn", position) VALUES (gen_random_uuid(), $1, 'EMPLOYEE', 'integration', 'Arrivée', 'Arrival', 0),
        (gen_random_uuid(), $1, 'CUSTOMER', 'panne', 'Panne', 'Breakdown', 0)`,
      ["00000000-0000-4000-8000-000000000002"],
    );
  });
  await applyMigrationDirs(url(), MIGRATIONS_DIR);
}, 120_000);

afterAll(async () => {
  if (before) fs.rmSync(before, { recursive: true, force: true });
  if (ADMIN_URL) await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`));
}, 60_000);

const moments = (organisationId: string) =>
  withClient(url(), async (client) => {
    const { rows } = await client.query(
      `SELECT key, "labelFr", "eventType", "triggersPulse", "pulseDelayDays" FROM "MomentOfTruth" WHERE "organisationId" = $1 AND side = 'EMPLOYEE' ORDER BY "eventType"`,
      [organisationId],
    );
    return rows as { key: string; labelFr: string; eventType: string; triggersPulse: boolean; pulseDelayDays: number }[];
  });

const EXPECTED = [
  ["integration", "ONBOARDING", true, 30],
  ["changement_poste", "JOB_CHANGE", true, 30],
  ["entretien_manager", "ONE_TO_ONE", true, 3],
  ["reorganisation", "REORGANISATION", true, 30],
  ["reponse_suggestion", "SUGGESTION_ANSWERED", true, 7],
  ["entretien_rh", "HR_INTERVIEW", true, 7],
  ["recrutement", "RECRUITMENT", false, 7],
  ["premiers_outils", "FIRST_TOOLS", false, 14],
];

describe("moment of truth backfill", () => {
  it("gives an organisation's employee moments the event type, trigger and delay the code had", async () => {
    const rows = await moments("00000000-0000-4000-8000-000000000001");
    expect(rows.map((m) => [m.key, m.eventType, m.triggersPulse, m.pulseDelayDays])).toEqual(EXPECTED);
  });

  it("keeps an organisation's own labels and adds the moments it lacked, so its events still schedule a pulse", async () => {
    const rows = await moments("00000000-0000-4000-8000-000000000002");
    expect(rows.map((m) => [m.key, m.eventType, m.triggersPulse, m.pulseDelayDays])).toEqual(EXPECTED);
    expect(rows.find((m) => m.key === "integration")).toMatchObject({ labelFr: "Arrivée" });
  });

  it("enforces the delay range and the side's own fields", async () => {
    await withClient(url(), async (client) => {
      const update = (sql: string) => client.query(`UPDATE "MomentOfTruth" SET ${sql} WHERE key = 'integration'`);
      await expect(update(`"pulseDelayDays" = 0`)).rejects.toMatchObject({
        code: "23514",
        constraint: "MomentOfTruth_pulseDelayDays_check",
      });
      await expect(update(`"pulseDelayDays" = 366`)).rejects.toMatchObject({ code: "23514" });
      await expect(update(`"pulseDelayDays" = NULL`)).rejects.toMatchObject({ constraint: "MomentOfTruth_trigger_delay_check" });
      await expect(
        client.query(`UPDATE "MomentOfTruth" SET "triggersPulse" = true, "pulseDelayDays" = 3 WHERE key = 'panne'`),
      ).rejects.toMatchObject({
        constraint: "MomentOfTruth_side_fields_check",
      });
    });
  });
});
