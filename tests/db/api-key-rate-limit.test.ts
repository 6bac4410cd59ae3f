// Issue 16 §4 through the real route handler: a key past its requests of the minute gets 429 with
// Retry-After and a sentence, the refused request stores nothing, another key is not affected, and
// the next window lets the key through again. The counters are spread over shards, not one row.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postContact } from "@/app/api/v1/contacts/route";
import { API_KEY_SHARDS, hitApiKeyLimit } from "@/lib/db/api-keys/api-key-rate-limit";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { setApiKeyLimitForOrganisation } from "@/lib/db/api-keys/set-api-key-limit";
import { db } from "@/tests/db/owner-db";
import { NotFoundError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;

const newKey = async (requestsPerMinute: number | null) => {
  const created = await createApiKeyForOrganisation("limits", "limited key", ["contacts:write"]);
  await db().apiKey.update({ where: { id: created.id }, data: { requestsPerMinute } });
  return created;
};
const send = (key: string) =>
  postContact(
    new Request("http://localhost/api/v1/contacts", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ teamId: org.teams.T1, channel: "phone", momentOfTruth: "complaint", locale: "fr" }),
    }),
  );
const contacts = () => db().contact.count({ where: { organisationId: org.organisationId } });

beforeAll(async () => {
  org = await createOrgFixture("limits", 0);
});

describe("per-key request limit", () => {
  it("past the limit: 429 with Retry-After and a sentence, nothing stored; another key unaffected; the next window lets it through", async () => {
    // Not in the last seconds of a window, so the window cannot end by itself in the middle.
    const into = Date.now() % 60_000;
    if (into > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - into));
    const limited = await newKey(3);
    const other = await newKey(3);
    for (let i = 0; i < 3; i++) expect((await send(limited.key)).status).toBe(201);
    const before = await contacts();

    const refused = await send(limited.key);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { status: number; detail: string };
    expect(body).toMatchObject({ status: 429 });
    expect(body.detail).toMatch(
      /^This API key may make 3 requests per minute and has used them: nothing was done\. Try again in \d+ seconds?\.$/,
    );
    expect(await contacts()).toBe(before);

    expect((await send(other.key)).status).toBe(201);

    // The window ends: the key's shards are a minute old.
    await db()
      .$executeRaw`UPDATE "RateLimit" SET "windowStart" = "windowStart" - interval '60 seconds' WHERE "key" LIKE ${`api:${limited.id}:%`}`;
    expect((await send(limited.key)).status).toBe(201);
  }, 30_000);

  it("a key without a limit is never counted", async () => {
    const free = await newKey(null);
    for (let i = 0; i < 3; i++) expect((await send(free.key)).status).toBe(201);
    expect(await db().rateLimit.count({ where: { key: { startsWith: `api:${free.id}:` } } })).toBe(0);
  });

  it("counts every request of the key across its shards, each request writing one shard row", async () => {
    const { id } = await newKey(1000);
    let last = 0;
    for (let i = 0; i < 40; i++) last = (await hitApiKeyLimit(id, 1000)).count;
    expect(last).toBe(40);
    const rows = await db().rateLimit.findMany({ where: { key: { startsWith: `api:${id}:` } } });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThanOrEqual(API_KEY_SHARDS);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(40);
  });

  it("the database refuses a limit below 1 or above 1 000 000", async () => {
    const { id } = await newKey(10);
    for (const requestsPerMinute of [0, -5, 1_000_001]) {
      await expect(db().apiKey.update({ where: { id }, data: { requestsPerMinute } })).rejects.toThrow();
    }
  });
});

describe("npm run api-key -- limit", () => {
  it("sets a key's limit or removes it, refuses a bad figure with a sentence and another organisation's key as not found", async () => {
    const { id } = await newKey(600);
    const limitOf = async () => (await db().apiKey.findUniqueOrThrow({ where: { id } })).requestsPerMinute;
    expect(await setApiKeyLimitForOrganisation("limits", id, "1200")).toEqual({ id, requestsPerMinute: 1200 });
    expect(await limitOf()).toBe(1200);
    expect(await setApiKeyLimitForOrganisation("limits", id, "none")).toEqual({ id, requestsPerMinute: null });
    for (const bad of ["0", "1.5", "lots", "1000001"]) {
      await expect(setApiKeyLimitForOrganisation("limits", id, bad)).rejects.toThrow(/^--per-minute must be/);
    }
    await expect(setApiKeyLimitForOrganisation("someone-else", id, "10")).rejects.toThrow(NotFoundError);
    expect(await limitOf()).toBeNull();
  });
});
