// The verbatim_themes backfill (issue 15 §2): an organisation that existed before themes gets the
// default mirrored themes exactly as lib/themes/defaults.ts defines them, and its existing comments
// are matched. Runs the migrations up to the one before, writes rows, runs the rest.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THEME_PAIRS } from "@/lib/themes/defaults";
import { MIGRATIONS_DIR } from "../../scripts/db/migrate";
import { applyMigrationDirs } from "../../scripts/db/schema-engine";

const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL;
const DATABASE = `themes_backfill_${process.pid}_${Date.now()}`;
const FIRST = "20261204220340_verbatim_themes";
const ORG = "00000000-0000-4000-8000-0000000000a1";
const TEAM = "00000000-0000-4000-8000-0000000000a2";
const MOMENT = "00000000-0000-4000-8000-0000000000a3";
const BATCH = "00000000-0000-4000-8000-0000000000a4";
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
  before = fs.mkdtempSync(path.join(os.tmpdir(), "themes-backfill-"));
  for (const entry of fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < FIRST)
      fs.cpSync(path.join(MIGRATIONS_DIR, entry.name), path.join(before, entry.name), { recursive: true });
    if (entry.isFile() && entry.name === "migration_lock.toml")
      fs.copyFileSync(path.join(MIGRATIONS_DIR, entry.name), path.join(before, entry.name));
  }
  await applyMigrationDirs(url(), before);
  await withClient(url(), async (client) => {
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, 'old', 'Old')`, [ORG]);
    await client.query(`INSERT INTO "Team" (id, "organisationId", name, path) VALUES ($1, $2, 'T', $3)`, [TEAM, ORG, `/${TEAM}/`]);
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'CUSTOMER', 'contact', 'Contact', 'Contact')`,
      [MOMENT, ORG],
    );
    await client.query(`INSERT INTO "ResponseImport" (id, "organisationId", "customerRows", "employeeRows") VALUES ($1, $2, 2, 1)`, [
      BATCH,
      ORG,
    ]);
    await client.query(
      `INSERT INTO "CustomerResponse" (id, "organisationId", "importId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, comment)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'PHONE', 'fr', gen_random_uuid(), 2, 'Facture erronée et attente interminable'),
              (gen_random_uuid(), $1, $2, $3, $4, 'PHONE', 'en', gen_random_uuid(), 9, 'The parcel was delivered on time')`,
      [ORG, BATCH, TEAM, MOMENT],
    );
    await client.query(
      `INSERT INTO "EmployeeResponse" (id, "organisationId", "importId", "teamId", period, score, comment) VALUES (gen_random_uuid(), $1, $2, $3, '2026-11-01', 5, 'Le CRM plante sans arrêt')`,
      [ORG, BATCH, TEAM],
    );
  });
  await applyMigrationDirs(url(), MIGRATIONS_DIR);
}, 120_000);

afterAll(async () => {
  if (before) fs.rmSync(before, { recursive: true, force: true });
  if (ADMIN_URL) await withClient(ADMIN_URL, (client) => client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`));
}, 60_000);

describe("migration verbatim_themes on an existing organisation", () => {
  it("creates the default themes as lib/themes/defaults.ts defines them, mirrored both ways", async () => {
    const { rows } = await withClient(url(), (client) =>
      client.query(
        `SELECT t.side, t.key, t."labelFr", t."labelEn", t."keywordsFr", t."keywordsEn", t.position, m.key AS mirror, m."mirrorId" = t.id AS back
         FROM "Theme" t JOIN "Theme" m ON m.id = t."mirrorId" WHERE t."organisationId" = $1 ORDER BY t.side, t.position`,
        [ORG],
      ),
    );
    const expected = (["customer", "employee"] as const).flatMap((side) =>
      DEFAULT_THEME_PAIRS.map((pair, position) => ({
        side: side.toUpperCase(),
        key: pair[side].key,
        labelFr: pair[side].labelFr,
        labelEn: pair[side].labelEn,
        keywordsFr: [...pair[side].keywordsFr],
        keywordsEn: [...pair[side].keywordsEn],
        position,
        mirror: pair[side === "customer" ? "employee" : "customer"].key,
        back: true,
      })),
    );
    expect(rows).toEqual(expected);
  });

  it("matches the comments written before, on each side and in each language", async () => {
    const { rows } = await withClient(url(), (client) =>
      client.query(
        `SELECT r.comment, array_agg(t.key ORDER BY t.key) AS themes FROM "CustomerResponseTheme" l
         JOIN "CustomerResponse" r ON r.id = l."responseId" JOIN "Theme" t ON t.id = l."themeId" GROUP BY r.comment
         UNION ALL
         SELECT r.comment, array_agg(t.key ORDER BY t.key) FROM "EmployeeResponseTheme" l
         JOIN "EmployeeResponse" r ON r.id = l."responseId" JOIN "Theme" t ON t.id = l."themeId" GROUP BY r.comment
         ORDER BY 1`,
      ),
    );
    expect(rows).toEqual([
      { comment: "Facture erronée et attente interminable", themes: ["attente", "facturation"] },
      { comment: "Le CRM plante sans arrêt", themes: ["outils"] },
      { comment: "The parcel was delivered on time", themes: ["livraison"] },
    ]);
  });
});
