// docs/scim.md "Request limit", through the real route handlers: a SCIM token past its requests of
// the minute (SCIM_RATE_LIMIT_PER_MINUTE, 3 here) gets 429 with Retry-After in the SCIM error
// format, the refused request stores nothing, another token of the same organisation is not
// affected, and the next window lets the token through again. It is the API keys' sharded limiter.
import { beforeAll, describe, expect, it } from "vitest";
import { createScimTokenForOrganisation } from "@/lib/db/scim-tokens/create-scim-token";
import { db } from "@/tests/db/owner-db";
import { entraUser, scimClient, scimOrganisation } from "./scim-request";

// Before anything reads the (cached) environment: the first db() call, in beforeAll, does.
process.env.SCIM_RATE_LIMIT_PER_MINUTE = "3";

const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
let organisationId: string;
let scim: ReturnType<typeof scimClient>;

/** What the refused request must leave alone: people, accounts, teams, audit rows. */
const snapshot = async () => [
  await db().membership.findMany({ where: { organisationId }, orderBy: { id: "asc" }, include: { user: true } }),
  await db().team.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  await db().auditLog.count({ where: { organisationId } }),
];

beforeAll(async () => {
  ({ organisationId, scim } = await scimOrganisation("scim-limits"));
});

describe("per-token request limit", () => {
  it("past the limit: 429 with Retry-After in the SCIM error format, nothing stored; another token unaffected; the next window lets it through", async () => {
    // Not in the last seconds of a window, so the window cannot end by itself in the middle.
    const into = Date.now() % 60_000;
    if (into > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - into));
    for (let n = 1; n <= 3; n++) expect((await scim.createUser(entraUser(n))).status).toBe(201);
    const before = await snapshot();

    const refused = await scim.createUser(entraUser(4));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/scim+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as Record<string, unknown>;
    expect(body).toEqual({
      schemas: [ERROR],
      status: "429",
      detail: expect.stringMatching(
        /^This SCIM token may make 3 requests per minute and has used them: nothing was done\. Try again in \d+ seconds?\.$/,
      ),
    });
    expect(await snapshot()).toEqual(before);
    expect(await db().user.count({ where: { email: "person4@idp.test" } })).toBe(0);
    // A read is counted too: the token stays refused until the window ends.
    expect((await scim.listUsers()).status).toBe(429);

    const second = await createScimTokenForOrganisation("scim-limits", "Okta");
    expect((await scimClient(second.token).createUser(entraUser(5))).status).toBe(201);

    // The window ends: the token's shards are a minute old.
    const tokenId = (await db().scimToken.findFirstOrThrow({ where: { organisationId, name: "Entra ID" } })).id;
    await db()
      .$executeRaw`UPDATE "RateLimit" SET "windowStart" = "windowStart" - interval '60 seconds' WHERE "key" LIKE ${`scim:${tokenId}:%`}`;
    expect((await scim.createUser(entraUser(4))).status).toBe(201);
  }, 30_000);
});
