// db tier, once per test file, before the file's imports: a fresh database cloned from
// the migrated template, exposed as DATABASE_URL (the owner: tests' own rows, tests/db/owner-db.ts),
// DATABASE_APP_URL (the application role: the data layer under test) and the admin URL.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const TEMPLATE_DATABASE = "template_symetrie";

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const adminUrl = inject("adminDatabaseUrl");
const database = `t_${crypto.randomBytes(6).toString("hex")}`;
const url = new URL(adminUrl);
url.pathname = `/${database}`;
const appUrl = new URL(inject("appDatabaseUrl"));
appUrl.pathname = `/${database}`;

// Top-level await on purpose: setup files finish before the test file is imported, so
// anything that reads DATABASE_URL at import time (or lazily later) sees this database.
await adminQuery(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
process.env.DATABASE_URL = url.toString();
process.env.DATABASE_APP_URL = appUrl.toString();
process.env.TEST_ADMIN_DATABASE_URL = adminUrl;

afterAll(async () => {
  // Close the app's shared client (lib/db/client.ts keeps it on globalThis) so the drop
  // does not kill its idle connections under it and flood the log with pool errors.
  type Shared = { db: { $disconnect(): Promise<void> }; pool: pg.Pool };
  const holders = globalThis as { symetrieDb?: Shared; symetrieOwnerDb?: Shared };
  for (const key of ["symetrieDb", "symetrieOwnerDb"] as const) {
    const shared = holders[key];
    if (!shared) continue;
    await shared.db.$disconnect().catch(() => {});
    await shared.pool.end().catch(() => {});
    delete holders[key];
  }
  // Keeps the cluster's disk small on long runs; FORCE ends connections a test forgot.
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});
