// The one PrismaClient of the process, over our own pg.Pool: bounded, with a statement
// timeout and an error listener (adapter-pg's own pool has none, so a PostgreSQL
// restart would crash the process: docs/security.md "No lost, no duplicated answers", prisma/prisma#27641).
// The pool hands PostgreSQL the organisation of the current work at every checkout, for
// row-level security (lib/db/tenant-context.ts, docs/security.md "Row-level security").
import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";
import { currentTenant, type TenantSetting } from "./tenant-context";

export type Db = PrismaClient;

type Checkout = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/** The setting last made on each connection, so a checkout for the same organisation costs no round trip. */
const applied = new WeakMap<pg.PoolClient, string>();
const SET_TENANT = "SELECT set_config('symetrie.organisation_id', $1, false), set_config('symetrie.system', $2, false)";

async function applyTenant(client: pg.PoolClient, wanted: TenantSetting): Promise<void> {
  const key = `${wanted.system ? "system" : ""}|${wanted.organisationId}`;
  if (applied.get(client) === key) return;
  applied.delete(client);
  await client.query(SET_TENANT, [wanted.organisationId, wanted.system ? "on" : ""]);
  applied.set(client, key);
}

/**
 * Every query goes through connect(): pg-pool's own query() checks a client out with it, and so
 * does adapter-pg for transactions. The setting is captured when connect() is called (the
 * caller's context), not when a busy pool hands a client over later. Session-level on purpose:
 * clients are checked out between transactions, so a plain statement sets it for good, and the
 * next checkout makes it match again (docs/security.md "Row-level security").
 */
class TenantPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: Checkout): void;
  override connect(callback?: Checkout): Promise<pg.PoolClient> | void {
    const wanted = currentTenant();
    if (!callback) {
      return super.connect().then(async (client) => {
        try {
          await applyTenant(client, wanted);
        } catch (error) {
          client.release(error as Error);
          throw error;
        }
        return client;
      });
    }
    super.connect((error, client, done) => {
      if (error || !client) return callback(error, client, done);
      applyTenant(client, wanted).then(
        () => callback(undefined, client, done),
        (setError: Error) => {
          done(setError);
          callback(setError, undefined, () => {});
        },
      );
    });
  }
}

/** Bounds on the network between the app and PostgreSQL, in ms; 0 turns one off. */
export interface NetworkTimeouts {
  /** A query's reply (node-postgres `query_timeout`): default the statement timeout + 1 s. */
  queryTimeoutMs?: number;
  /** A connection from the pool, free slot or new connection (`connectionTimeoutMillis`): default the statement timeout. */
  connectTimeoutMs?: number;
}

/**
 * The defaults of the network bounds: PostgreSQL's statement_timeout bounds a statement's
 * execution only, so latency or a stall between the app and the database would hold a request
 * (and its pool slot) for as long as the network wants (docs/reliability.md "Slow database").
 * The query bound is a second longer than the statement timeout, so a slow statement still ends
 * with PostgreSQL's own error. A transaction left open by a stalled app is closed by PostgreSQL
 * after the statement timeout (idle_in_transaction_session_timeout).
 */
export function networkTimeouts(statementTimeoutMs: number, timeouts: NetworkTimeouts = {}): Required<NetworkTimeouts> {
  return {
    queryTimeoutMs: timeouts.queryTimeoutMs ?? statementTimeoutMs + 1_000,
    connectTimeoutMs: timeouts.connectTimeoutMs ?? statementTimeoutMs,
  };
}

/**
 * A connection whose query timed out on the client side has that query still in flight: its
 * reply may arrive later and the connection answers nothing else until then. It is made
 * unqueryable at once, so the rest of its transaction (ROLLBACK included) fails fast and pg-pool
 * discards it at release instead of handing it to the next request (adapter-pg releases
 * without an error). `_queryable` is the flag pg-pool itself reads at release.
 */
class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // A connection cut while checked out (a PostgreSQL restart: 57P01) or left behind by a connect
    // that timed out has no listener of pg-pool's: unheard, its 'error' would be an uncaughtException.
    // pg has already made it unqueryable; its next query fails, and the pool discards it at release.
    this.on("error", (error: Error) => console.error(`[db] connection error: ${error.message}`));
  }

  override query(...args: unknown[]): never {
    const callbackAt = args.findLastIndex((arg) => typeof arg === "function");
    const spoil = (error: unknown) => {
      if (error instanceof Error && error.message === "Query read timeout") (this as unknown as { _queryable: boolean })._queryable = false;
    };
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: unknown, result: unknown) => void;
      args[callbackAt] = (error: unknown, result: unknown) => {
        spoil(error);
        callback(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) result.then(undefined, spoil);
    return result as never;
  }
}

export function createPool(connectionString: string, max: number, statementTimeoutMs: number, timeouts: NetworkTimeouts = {}): pg.Pool {
  const { queryTimeoutMs, connectTimeoutMs } = networkTimeouts(statementTimeoutMs, timeouts);
  const pool = new TenantPool({
    Client: GuardedClient,
    connectionString,
    max,
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: statementTimeoutMs,
    // node-postgres: 0 or undefined means no bound.
    query_timeout: queryTimeoutMs || undefined,
    connectionTimeoutMillis: connectTimeoutMs || undefined,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", (error) => console.error(`[db] idle client error: ${error.message}`));
  return pool;
}

interface Batching {
  _requestHandler?: { dataloader?: { options?: { batchBy?: (request: { transaction?: unknown }) => string | undefined } } };
}

/**
 * Prisma batches the findUnique calls of one tick and runs the batch from the first caller's
 * async context, so another organisation's findUnique would run under the first one's setting.
 * Outside transactions each query runs on its own, in its caller's context
 * (tests/db/row-level-security.test.ts interleaves two organisations' findUnique to prove it).
 */
function unbatchAcrossCallers(client: PrismaClient): PrismaClient {
  const options = (client as unknown as Batching)._requestHandler?.dataloader?.options;
  const batchBy = options?.batchBy;
  if (!options || !batchBy)
    throw new Error("Prisma's request batching moved: lib/db/client.ts must keep each query in its caller's context");
  options.batchBy = (request) => (request.transaction ? batchBy(request) : undefined);
  return client;
}

export function createDb(
  connectionString: string,
  max = 10,
  statementTimeoutMs = 15_000,
  timeouts: NetworkTimeouts = {},
): { db: Db; pool: pg.Pool } {
  const pool = createPool(connectionString, max, statementTimeoutMs, timeouts);
  return { db: unbatchAcrossCallers(new PrismaClient({ adapter: new PrismaPg(pool) })), pool };
}

const globalForDb = globalThis as unknown as { symetrieDb?: { db: Db; pool: pg.Pool } };

/** The application role's URL; without DATABASE_APP_URL the owner's, and row-level security does not bind it. */
function applicationUrl(): string {
  const { DATABASE_URL, DATABASE_APP_URL } = env();
  if (DATABASE_APP_URL) return DATABASE_APP_URL;
  console.warn("[db] DATABASE_APP_URL is not set: the data layer connects as the owner, row-level security is off (docs/security.md).");
  return DATABASE_URL;
}

function shared(): { db: Db; pool: pg.Pool } {
  if (!globalForDb.symetrieDb) {
    const { DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS, DB_QUERY_TIMEOUT_MS, DB_CONNECT_TIMEOUT_MS } = env();
    globalForDb.symetrieDb = createDb(applicationUrl(), DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS, {
      queryTimeoutMs: DB_QUERY_TIMEOUT_MS,
      connectTimeoutMs: DB_CONNECT_TIMEOUT_MS,
    });
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
