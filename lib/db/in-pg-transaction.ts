// One transaction on a pooled pg client, for set-based writers on plain SQL (Prisma's
// interactive transactions serialise every array element of large parameters in WebAssembly).
import type pg from "pg";
import { pool } from "./client";

/** BEGIN, work, COMMIT; any error rolls back and is rethrown. A client that cannot roll back is discarded. */
export async function inPgTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
