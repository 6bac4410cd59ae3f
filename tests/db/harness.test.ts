// Smoke test of the db tier: this file gets its own real, migrated, empty database.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";

// Read at import time on purpose: proves the setup file ran before this file's imports.
const urlAtImport = process.env.DATABASE_URL ?? "";

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("db test harness", () => {
  const admin = process.env.TEST_ADMIN_DATABASE_URL ?? "";
  const other = `t_other_${process.pid}`;
  afterAll(() => query(admin, `DROP DATABASE IF EXISTS ${other} WITH (FORCE)`));

  it("gives this file its own database before the imports ran", async () => {
    expect(urlAtImport).toMatch(/^postgresql:\/\/.+@127\.0\.0\.1:\d+\/t_[0-9a-f]{12}$/);
    const [row] = await db().$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(urlAtImport.endsWith(`/${row?.name}`)).toBe(true);
  });

  it("has the migrations applied and no data", async () => {
    const [migrations] = await db().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(migrations?.n).toBeGreaterThan(0);
    expect(await db().organisation.count()).toBe(0);
  });

  it("keeps a write in this database away from any other", async () => {
    await db().organisation.create({ data: { slug: "harness", name: "Harness" } });
    expect(await db().organisation.count()).toBe(1);
    await query(admin, `CREATE DATABASE ${other} TEMPLATE template_symetrie`);
    const otherUrl = new URL(admin);
    otherUrl.pathname = `/${other}`;
    const rows = await query<{ n: number }>(otherUrl.toString(), `SELECT count(*)::int AS n FROM "Organisation"`);
    expect(rows[0]?.n).toBe(0);
  });
});
