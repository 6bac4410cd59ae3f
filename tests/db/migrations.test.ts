// The migrations in prisma/migrations build exactly the database prisma/schema.prisma
// describes: one fresh database gets the migrations, another the engine's SQL for the
// schema from scratch, and their catalogues must match (docs/toolchain.md: no pg_dump here).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, SCHEMA_FILE } from "../../scripts/db/migrate";
import { diffDatamodels } from "../../scripts/db/schema-engine";

const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL;
const suffix = `${process.pid}_${Date.now()}`;
const MIGRATED = `migrations_applied_${suffix}`;
const PUSHED = `migrations_expected_${suffix}`;

function urlFor(database: string): string {
  const url = new URL(ADMIN_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Every part of the public schema Prisma manages, as sorted text rows. Column order is
 * left out (a column added by a later migration lands last), and so are CHECK
 * constraints and partial indexes (hand-written in a migration, unknown to the schema) and
 * Prisma's own table.
 */
const CATALOGUE: Record<string, string> = {
  tables: `SELECT table_name FROM information_schema.tables
           WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  columns: `SELECT table_name, column_name, data_type, udt_name, character_maximum_length,
                   numeric_precision, datetime_precision, is_nullable, column_default
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexdef NOT LIKE '% WHERE %'`,
  constraints: `SELECT rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
                FROM pg_constraint con
                JOIN pg_class rel ON rel.oid = con.conrelid
                JOIN pg_namespace ns ON ns.oid = rel.relnamespace
                WHERE ns.nspname = 'public' AND con.contype IN ('p', 'u', 'f')
                  AND rel.relname <> '_prisma_migrations'`,
  // Labels compared as a set: PostgreSQL appends a value added later (ALTER TYPE ADD
  // VALUE) at the end, wherever the schema lists it.
  enums: `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumlabel) AS labels
          FROM pg_type t
          JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace ns ON ns.oid = t.typnamespace
          WHERE ns.nspname = 'public'
          GROUP BY t.typname`,
  sequences: `SELECT sequence_name, data_type FROM information_schema.sequences WHERE sequence_schema = 'public'`,
};

async function catalogue(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const result: Record<string, string[]> = {};
    for (const [part, sql] of Object.entries(CATALOGUE)) {
      const { rows } = await client.query(sql);
      result[part] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return result;
  });
}

describe("prisma/migrations", () => {
  let firstRun: string[] = [];

  beforeAll(async () => {
    if (!ADMIN_URL) throw new Error("TEST_ADMIN_DATABASE_URL is not set: run the db tier through `npm run test:db`.");
    await withClient(ADMIN_URL, async (client) => {
      await client.query(`CREATE DATABASE "${MIGRATED}"`);
      await client.query(`CREATE DATABASE "${PUSHED}"`);
    });
    firstRun = (await applyMigrations(urlFor(MIGRATED))).applied;
    const sql = await diffDatamodels(null, fs.readFileSync(SCHEMA_FILE, "utf8"));
    await withClient(urlFor(PUSHED), (client) => client.query(sql));
  }, 60_000);

  afterAll(async () => {
    if (!ADMIN_URL) return;
    await withClient(ADMIN_URL, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${MIGRATED}" WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS "${PUSHED}" WITH (FORCE)`);
    });
  }, 60_000);

  it("applies every migration folder, in order, on a fresh database", () => {
    const folders = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.length).toBeGreaterThanOrEqual(2);
    expect(firstRun).toEqual(folders);
  });

  it("builds the same tables, columns, indexes, keys and enums as the schema", async () => {
    const [migrated, expected] = await Promise.all([catalogue(urlFor(MIGRATED)), catalogue(urlFor(PUSHED))]);
    // Guard against comparing two empty catalogues.
    expect(expected.tables!.length).toBeGreaterThan(20);
    expect(expected.enums!.length).toBeGreaterThan(5);
    for (const part of Object.keys(CATALOGUE)) {
      // soft: one run reports every part that differs, not just the first.
      expect.soft({ part, rows: migrated[part] }).toEqual({ part, rows: expected[part] });
    }
  });

  it("applies nothing the second time", async () => {
    expect((await applyMigrations(urlFor(MIGRATED))).applied).toEqual([]);
  });

  it("enforces the hand-written CHECK constraints", async () => {
    await withClient(urlFor(MIGRATED), async (client) => {
      const insert = (slug: string, minGroupSize: number) =>
        client.query(`INSERT INTO "Organisation" (id, slug, name, "minGroupSize") VALUES (gen_random_uuid(), $1, 'Org', $2)`, [
          slug,
          minGroupSize,
        ]);
      await expect(insert("ok", 3)).resolves.toBeDefined();
      await expect(insert("too-small", 2)).rejects.toMatchObject({ code: "23514", constraint: "Organisation_minGroupSize_check" });
      await expect(
        client.query(`INSERT INTO "Organisation" (id, slug, name, "brandColor") VALUES (gen_random_uuid(), 'bad-colour', 'Org', 'red')`),
      ).rejects.toMatchObject({ code: "23514", constraint: "Organisation_brandColor_check" });
    });
  });

  it("keeps the schema snapshot in step with prisma/schema.prisma", async () => {
    // A schema change without `npm run db:migration` would leave the migrations behind.
    const snapshot = fs.readFileSync(path.join(MIGRATIONS_DIR, "schema.snapshot.prisma"), "utf8");
    const pending = await diffDatamodels(snapshot, fs.readFileSync(SCHEMA_FILE, "utf8"));
    expect(pending.replace(/^--.*$/gm, "").trim()).toBe("");
  });
});
