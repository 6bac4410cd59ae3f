// API keys at the data layer: only ADMIN creates, lists and revokes; the key is returned
// once and only its hash stored; revoked and foreign keys stop authenticating at once.
import { beforeAll, describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/actor-types";
import { authenticateApiKey } from "@/lib/db/api-keys/authenticate-api-key";
import { createApiKey, createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { listApiKeys } from "@/lib/db/api-keys/list-api-keys";
import { revokeApiKey, revokeApiKeyForOrganisation } from "@/lib/db/api-keys/revoke-api-key";
import { db } from "@/tests/db/owner-db";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { hashSecret } from "@/lib/surveys/tokens";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { apiScopes } from "@/lib/auth/api-scopes";

let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  a = await createOrgFixture("alpha", 0);
  b = await createOrgFixture("beta", 0);
});

const keyCount = () => db().apiKey.count();

describe("createApiKey", () => {
  it("returns the key once, stores only its hash, and the key authenticates for its organisation", async () => {
    const created = await createApiKey(a.actors.ADMIN, { name: "  CRM Lyon ", scopes: apiScopes });
    expect(created).toMatchObject({ name: "CRM Lyon", prefix: created.key.slice(0, 12) });
    expect(created.key).toMatch(/^sym_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(Buffer.from(row.keyHash)).toEqual(Buffer.from(hashSecret(created.key)));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(row.createdById).toBe(a.actors.ADMIN.membershipId);
    expect(await authenticateApiKey(created.key)).toMatchObject({ kind: "apiKey", organisationId: a.organisationId, apiKeyId: created.id });
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: created.id, action: "apiKey.create" } });
    expect(JSON.stringify(audit.metadata)).not.toContain(created.key);
  });

  it.each(["", "   ", "x".repeat(101), 42, null])("refuses the name %j and stores nothing", async (name) => {
    const before = await keyCount();
    await expect(createApiKey(a.actors.ADMIN, { name, scopes: apiScopes })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await keyCount()).toBe(before);
  });

  it.each(roles.filter((role) => role !== "ADMIN"))("%s is refused and nothing is stored", async (role) => {
    const before = await keyCount();
    await expect(createApiKey(a.actors[role], { name: "nope", scopes: apiScopes })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listApiKeys(a.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
    expect(await keyCount()).toBe(before);
  });

  it("an API key cannot mint, list or revoke keys", async () => {
    const created = await createApiKey(a.actors.ADMIN, { name: "integrator", scopes: apiScopes });
    const principal = (await authenticateApiKey(created.key))!;
    await expect(createApiKey(principal, { name: "escalate", scopes: apiScopes })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listApiKeys(principal)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeApiKey(principal, created.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("scopes (issue 11 §5)", () => {
  it("are stored as chosen, in canonical order without duplicates, and come back with the key", async () => {
    const created = await createApiKey(a.actors.ADMIN, { name: "reader", scopes: ["results:read", "contacts:write", "results:read"] });
    expect(created.scopes).toEqual(["contacts:write", "results:read"]);
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: created.id } })).scopes).toEqual(["contacts:write", "results:read"]);
    expect((await authenticateApiKey(created.key))?.scopes).toEqual(["contacts:write", "results:read"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: created.id, action: "apiKey.create" } });
    expect(audit.metadata).toMatchObject({ scopes: ["contacts:write", "results:read"] });
  });

  it.each([[[]], [["results:write"]], [["results:read", "admin"]], ["results:read"], [undefined]])(
    "refuses scopes %j with a message and stores nothing",
    async (scopes) => {
      const before = await keyCount();
      await expect(createApiKey(a.actors.ADMIN, { name: "bad scopes", scopes })).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message: expect.stringMatching(/^scopes /),
      });
      await expect(createApiKeyForOrganisation("alpha", "bad scopes", (scopes ?? []) as string[])).rejects.toBeInstanceOf(ExpectedError);
      expect(await keyCount()).toBe(before);
    },
  );

  it("the database refuses an unknown scope even past the data layer", async () => {
    const created = await createApiKey(a.actors.ADMIN, { name: "direct", scopes: ["results:read"] });
    await expect(db().apiKey.update({ where: { id: created.id }, data: { scopes: ["results:read", "everything"] } })).rejects.toThrow(
      /ApiKey_scopes_check/,
    );
  });
});

describe("listApiKeys", () => {
  it("lists only the organisation's keys, without key or hash", async () => {
    const mine = await createApiKey(a.actors.ADMIN, { name: "mine", scopes: apiScopes });
    const theirs = await createApiKey(b.actors.ADMIN, { name: "theirs", scopes: apiScopes });
    const list = await listApiKeys(a.actors.ADMIN);
    expect(list.map((key) => key.id)).toContain(mine.id);
    expect(list.map((key) => key.id)).not.toContain(theirs.id);
    const entry = list.find((key) => key.id === mine.id)!;
    expect(Object.keys(entry).sort()).toEqual([
      "createdAt",
      "id",
      "lastUsedAt",
      "name",
      "prefix",
      "requestsPerMinute",
      "revokedAt",
      "scopes",
    ]);
    expect(entry).toMatchObject({
      name: "mine",
      prefix: mine.prefix,
      scopes: [...apiScopes],
      lastUsedAt: null,
      revokedAt: null,
      requestsPerMinute: 600,
    });
  });

  it("shows when a key was last used", async () => {
    const created = await createApiKey(a.actors.ADMIN, { name: "used", scopes: apiScopes });
    await authenticateApiKey(created.key);
    const entry = (await listApiKeys(a.actors.ADMIN)).find((key) => key.id === created.id)!;
    expect(entry.lastUsedAt).not.toBeNull();
  });
});

describe("revokeApiKey", () => {
  it("stops the key at once, is idempotent and audited", async () => {
    const created = await createApiKey(a.actors.ADMIN, { name: "to revoke", scopes: apiScopes });
    const first = await revokeApiKey(a.actors.ADMIN, created.id);
    expect(await authenticateApiKey(created.key)).toBeNull();
    const second = await revokeApiKey(a.actors.ADMIN, created.id);
    expect(second.revokedAt).toBe(first.revokedAt);
    expect(await db().auditLog.count({ where: { targetId: created.id, action: "apiKey.revoke" } })).toBe(1);
  });

  it("another organisation's key is not found and stays valid", async () => {
    const theirs = await createApiKey(b.actors.ADMIN, { name: "theirs", scopes: apiScopes });
    await expect(revokeApiKey(a.actors.ADMIN, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiKey(theirs.key)).not.toBeNull();
  });

  it.each(["not-a-uuid", "", "00000000-0000-0000-0000-000000000000"])("%j is not found", async (id) => {
    await expect(revokeApiKey(a.actors.ADMIN, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("non-admins cannot revoke", async () => {
    const created = await createApiKey(a.actors.ADMIN, { name: "keep", scopes: apiScopes });
    await expect(revokeApiKey(a.actors.CX, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await authenticateApiKey(created.key)).not.toBeNull();
  });
});

describe("system level (CLI)", () => {
  it("creates a key for an organisation slug", async () => {
    const created = await createApiKeyForOrganisation("beta", "cli", apiScopes);
    expect(created.organisationId).toBe(b.organisationId);
    expect(await authenticateApiKey(created.key)).toMatchObject({ organisationId: b.organisationId });
    await revokeApiKeyForOrganisation("beta", created.id);
    expect(await authenticateApiKey(created.key)).toBeNull();
  });

  it("refuses an unknown slug, a key of another organisation and an empty name", async () => {
    await expect(createApiKeyForOrganisation("nowhere", "cli", apiScopes)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createApiKeyForOrganisation("beta", " ", apiScopes)).rejects.toBeInstanceOf(ExpectedError);
    const created = await createApiKeyForOrganisation("alpha", "cli", apiScopes);
    await expect(revokeApiKeyForOrganisation("beta", created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("garbage keys do not authenticate", async () => {
    for (const key of ["", "sym_", "Bearer x", `sym_${"A".repeat(43)}`, "x".repeat(5000)]) expect(await authenticateApiKey(key)).toBeNull();
  });
});
