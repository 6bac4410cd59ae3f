// lib/db/client.ts bounds the network between the app and PostgreSQL (query_timeout): a
// connection whose query timed out on the client side still has that query in flight, so it
// must fail the rest of its work at once and leave the pool at release, never be handed to the
// next request (docs/reliability.md "Slow database").
import { afterAll, describe, expect, it } from "vitest";
import { createPool, networkTimeouts } from "@/lib/db/client";

const pool = createPool(process.env.DATABASE_URL!, 1, 5_000, { queryTimeoutMs: 300 });

afterAll(async () => {
  await pool.end();
});

describe("network timeouts of the pool", () => {
  it("derives its bounds from the statement timeout unless given, 0 turning one off", () => {
    expect(networkTimeouts(2_000)).toEqual({ queryTimeoutMs: 3_000, connectTimeoutMs: 2_000 });
    expect(networkTimeouts(2_000, { queryTimeoutMs: 0, connectTimeoutMs: 500 })).toEqual({ queryTimeoutMs: 0, connectTimeoutMs: 500 });
  });

  it("discards a connection whose query timed out: the next query fails fast, the pool opens a fresh one", async () => {
    const client = await pool.connect();
    await expect(client.query("SELECT pg_sleep(1)")).rejects.toThrow("Query read timeout");
    const started = performance.now();
    await expect(client.query("SELECT 1")).rejects.toThrow(/not queryable/);
    expect(performance.now() - started).toBeLessThan(200);
    client.release(); // as adapter-pg does, without an error
    expect(pool.totalCount).toBe(0);
    const fresh = performance.now();
    const { rows } = await pool.query<{ one: number }>("SELECT 1 AS one");
    expect(rows).toEqual([{ one: 1 }]);
    expect(performance.now() - fresh).toBeLessThan(700);
  });

  it("survives a checked-out connection cut by the server (a restart's 57P01): no uncaughtException, the pool carries on", async () => {
    const uncaught: unknown[] = [];
    const listener = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", listener);
    const other = createPool(process.env.DATABASE_URL!, 2, 5_000);
    try {
      const client = await other.connect();
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      await pool.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(client.query("SELECT 1")).rejects.toThrow();
      client.release();
      const { rows: after } = await other.query<{ one: number }>("SELECT 1 AS one");
      expect(after).toEqual([{ one: 1 }]);
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", listener);
      await other.end();
    }
  });
});
