// The PostgreSQL fixed-window rate limiter: exact counts under concurrency, separate keys,
// and a new window once the old one has run out.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { hitRateLimit, pruneRateLimits } from "@/lib/db/rate-limit";

describe("hitRateLimit", () => {
  it("allows `limit` hits per window and refuses the next ones with a Retry-After", async () => {
    const results = [];
    for (let i = 0; i < 22; i++) results.push(await hitRateLimit("test:seq", 20, 600));
    expect(results.slice(0, 20).every((r) => r.allowed)).toBe(true);
    expect(results.slice(20).map((r) => r.allowed)).toEqual([false, false]);
    expect(results[21]).toMatchObject({ count: 22 });
    expect(results[21]!.retryAfterSeconds).toBeGreaterThan(590);
    expect(results[21]!.retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it("counts 60 concurrent hits exactly once each", async () => {
    const results = await Promise.all(Array.from({ length: 60 }, () => hitRateLimit("test:concurrent", 20, 600)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
  });

  it("keeps keys apart", async () => {
    for (let i = 0; i < 3; i++) await hitRateLimit("test:a", 2, 600);
    expect(await hitRateLimit("test:b", 2, 600)).toMatchObject({ allowed: true, count: 1 });
  });

  it("starts a new window when the old one has run out", async () => {
    for (let i = 0; i < 3; i++) await hitRateLimit("test:window", 2, 600);
    await db().rateLimit.update({ where: { key: "test:window" }, data: { windowStart: new Date(Date.now() - 601_000) } });
    expect(await hitRateLimit("test:window", 2, 600)).toMatchObject({ allowed: true, count: 1 });
  });

  it("refuses a nonsensical configuration", async () => {
    await expect(hitRateLimit("test:bad", 0, 600)).rejects.toThrow(/limit/);
    await expect(hitRateLimit("test:bad", 1, 0)).rejects.toThrow(/window/);
  });

  it("pruning removes only counters whose window is long gone", async () => {
    await hitRateLimit("test:old", 5, 60);
    await hitRateLimit("test:fresh", 5, 60);
    await db().rateLimit.update({ where: { key: "test:old" }, data: { windowStart: new Date(Date.now() - 2 * 86_400_000) } });
    expect(await pruneRateLimits()).toBeGreaterThanOrEqual(1);
    expect(await db().rateLimit.findUnique({ where: { key: "test:old" } })).toBeNull();
    expect(await db().rateLimit.findUnique({ where: { key: "test:fresh" } })).not.toBeNull();
  });
});
