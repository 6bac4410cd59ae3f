// The one PrismaClient of the process, over our own pg.Pool: bounded, with a statement
// timeout and an error listener (adapter-pg's own pool has none, so a PostgreSQL
// restart would crash the process: docs/security.md "No lost, no duplicated answers", prisma/prisma#27641).
import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

export type Db = PrismaClient;

export function createPool(connectionString: string, max: number, statementTimeoutMs: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, statement_timeout: statementTimeoutMs, idleTimeoutMillis: 30_000 });
  pool.on("error", (error) => console.error(`[db] idle client error: ${error.message}`));
  return pool;
}

export function createDb(connectionString: string, max = 10, statementTimeoutMs = 15_000): { db: Db; pool: pg.Pool } {
  const pool = createPool(connectionString, max, statementTimeoutMs);
  return { db: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
}

const globalForDb = globalThis as unknown as { symetrieDb?: { db: Db; pool: pg.Pool } };

function shared(): { db: Db; pool: pg.Pool } {
  if (!globalForDb.symetrieDb) {
    const { DATABASE_URL, DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS } = env();
    globalForDb.symetrieDb = createDb(DATABASE_URL, DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS);
  }
  return globalForDb.symetrieDb;
}

/** The shared client; created on first use so `next build` never needs a database. */
export function db(): Db {
  return shared().db;
}

/**
 * The same pool, for the few hot paths that run plain parameterised SQL (respondent page,
 * single-contact API): Prisma compiles every query in WebAssembly, which costs more CPU
 * than the query itself there. Still only inside lib/db.
 */
export function pool(): pg.Pool {
  return shared().pool;
}
