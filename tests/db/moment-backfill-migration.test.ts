// The moments-of-truth backfill (issue 13 §1): an organisation created before the catalogue knew
// event types and triggers gets them as the code behaved (30 days after onboarding, a job change
// or a reorganisation, 3 after a one-to-one, 7 after a suggestion's answer or an HR interview;
// recruitment and first tools known but off), and a missing moment is added so its events still
// schedule a pulse. Runs the migrations up to the one before, writes old-shape rows, runs the rest.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseBefore, withClient, type PartialDatabase } from "./partial-migrations";

let db: PartialDatabase;
const url = () => db.url;

beforeAll(async () => {
  db = await databaseBefore("20261204154040_moment_of_truth_catalogue", "moment_backfill");
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
  await db.migrateRest();
}, 120_000);

afterAll(async () => {
  await db?.drop();
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
