// createContacts against real PostgreSQL: each field wrong in turn is reported on that
// field with nothing stored; externalId is idempotent, also under concurrency; another
// organisation's team is "unknown team"; a 10 000-row mixed bulk is set-based and fast.
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { createContacts, type ContactResult } from "@/lib/db/contacts/create-contacts";
import { db } from "@/tests/db/owner-db";
import { ForbiddenError } from "@/lib/errors";
import { authSecret } from "@/lib/auth/secret";
import { hashSecret, linkTokenFor } from "@/lib/surveys/tokens";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { apiScopes } from "@/lib/auth/api-scopes";

const BASE = "https://nps.example.test";
let a: OrgFixture;
let b: OrgFixture;
let key: ApiPrincipal;

beforeAll(async () => {
  a = await createOrgFixture("alpha", 0);
  b = await createOrgFixture("beta", 0);
  key = {
    kind: "apiKey",
    organisationId: a.organisationId,
    apiKeyId: "00000000-0000-7000-8000-000000000000",
    name: "test",
    scopes: apiScopes,
  };
});

const good = () => ({ teamId: a.teams.T1, channel: "phone", momentOfTruth: "complaint", locale: "fr" });
const contactCount = async (organisationId: string) => db().contact.count({ where: { organisationId } });
const only = (results: ContactResult[]) => {
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe("each field wrong in turn", () => {
  const future = () => new Date(Date.now() + 10 * 60_000).toISOString();
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["channel missing", { channel: undefined }, "channel"],
    ["channel unknown", { channel: "fax" }, "channel"],
    ["channel uppercase", { channel: "PHONE" }, "channel"],
    ["momentOfTruth unknown", { momentOfTruth: "nope" }, "momentOfTruth"],
    ["locale unknown", { locale: "de" }, "locale"],
    ["teamId not a uuid", { teamId: "42" }, "teamId"],
    ["teamId unknown", { teamId: "0190a000-0000-7000-8000-000000000000" }, "teamId"],
    ["teamId and teamExternalId both", { teamExternalId: "alpha-T1" }, "teamId"],
    ["neither teamId nor teamExternalId", { teamId: undefined }, "teamId"],
    ["teamExternalId unknown", { teamId: undefined, teamExternalId: "nope" }, "teamExternalId"],
    ["customerEmail invalid", { customerEmail: "not-an-email" }, "customerEmail"],
    ["occurredAt not a date", { occurredAt: "yesterday" }, "occurredAt"],
    ["occurredAt without zone", { occurredAt: "2026-11-01T10:00:00" }, "occurredAt"],
    ["occurredAt in the future", { occurredAt: "FUTURE" }, "occurredAt"],
    ["externalId empty", { externalId: "" }, "externalId"],
    ["externalId too long", { externalId: "x".repeat(201) }, "externalId"],
    ["agentExternalId a number", { agentExternalId: 12 }, "agentExternalId"],
    ["unknown field", { customer_email: "a@b.fr" }, "customer_email"],
  ];
  it.each(cases)("%s → invalid on that field, nothing stored", async (_name, patch, field) => {
    const before = await contactCount(a.organisationId);
    const input: Record<string, unknown> = { ...good(), ...patch };
    if (input.occurredAt === "FUTURE") input.occurredAt = future();
    const result = only((await createContacts(key, [input], { baseUrl: BASE })).results);
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.errors.map((e) => e.field)).toContain(field);
    expect(await contactCount(a.organisationId)).toBe(before);
  });

  it("a non-object row is invalid at the root", async () => {
    const { results } = await createContacts(key, [null, "x", 3, []], { baseUrl: BASE });
    expect(results.map((r) => r.status)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
  });
});

describe("stored contact", () => {
  it("gets a link whose hash matches the URL's token, expiry from the organisation, email queued", async () => {
    const result = only(
      (
        await createContacts(key, [{ ...good(), locale: "en", customerEmail: "  Jane.Doe@Example.COM ", agentExternalId: "ag-7" }], {
          baseUrl: `${BASE}/`,
        })
      ).results,
    );
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    expect(result.url).toMatch(new RegExp(`^${BASE}/en/r/[A-Za-z0-9_-]{22}$`));
    const token = result.url.split("/").pop()!;
    expect(token).toBe(linkTokenFor(authSecret(), result.id).token);
    const contact = await db().contact.findUniqueOrThrow({ where: { id: result.id } });
    expect(contact).toMatchObject({
      organisationId: a.organisationId,
      teamId: a.teams.T1,
      channel: "PHONE",
      locale: "en",
      customerEmail: "jane.doe@example.com",
      agentExternalId: "ag-7",
      emailStatus: "PENDING",
    });
    expect(contact.emailNextAttemptAt).not.toBeNull();
    expect(Buffer.from(contact.tokenHash)).toEqual(Buffer.from(hashSecret(token)));
    expect(contact.linkUsedAt).toBeNull();
    const days = (contact.linkExpiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(new Date(result.expiresAt).getTime()).toBe(contact.linkExpiresAt.getTime());
  });

  it("without email: not queued; teamExternalId and occurredAt honoured", async () => {
    const occurredAt = "2026-10-02T08:30:00+02:00";
    const result = only(
      (
        await createContacts(
          key,
          [{ teamExternalId: "alpha-T2", channel: "store", momentOfTruth: "complaint", locale: "fr", occurredAt }],
          { baseUrl: BASE },
        )
      ).results,
    );
    if (result.status !== "created") throw new Error(`expected created, got ${result.status}`);
    const contact = await db().contact.findUniqueOrThrow({ where: { id: result.id } });
    expect(contact).toMatchObject({
      teamId: a.teams.T2,
      channel: "STORE",
      emailStatus: "NONE",
      emailNextAttemptAt: null,
      occurredAt: new Date(occurredAt),
    });
  });
});

describe("idempotency on externalId", () => {
  it("the same externalId twice gives the same contact and URL", async () => {
    const input = { ...good(), externalId: "call-1" };
    const first = only((await createContacts(key, [input], { baseUrl: BASE })).results);
    const second = only((await createContacts(key, [{ ...input, locale: "en", channel: "chat" }], { baseUrl: BASE })).results);
    expect(first.status).toBe("created");
    expect(second).toMatchObject({
      status: "existing",
      id: (first as { id: string }).id,
      url: (first as { url: string }).url,
      expiresAt: (first as { expiresAt: string }).expiresAt,
    });
    expect(await db().contact.count({ where: { externalId: "call-1" } })).toBe(1);
  });

  it("20 concurrent calls with one externalId store one contact (and so one link)", async () => {
    const input = { ...good(), externalId: "race-1" };
    const all = await Promise.all(Array.from({ length: 20 }, () => createContacts(key, [input], { baseUrl: BASE })));
    const results = all.map((r) => only(r.results));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(results.filter((r) => r.status === "existing")).toHaveLength(19);
    expect(new Set(results.map((r) => (r as { url: string }).url)).size).toBe(1);
    expect(await db().contact.count({ where: { organisationId: a.organisationId, externalId: "race-1" } })).toBe(1);
  });

  it("the same externalId twice in one call: one contact, the repeat is existing", async () => {
    const { results } = await createContacts(
      key,
      [
        { ...good(), externalId: "dup-1" },
        { ...good(), externalId: "dup-1" },
      ],
      { baseUrl: BASE },
    );
    expect(results.map((r) => r.status)).toEqual(["created", "existing"]);
    expect((results[1] as { id: string }).id).toBe((results[0] as { id: string }).id);
    expect(await db().contact.count({ where: { externalId: "dup-1" } })).toBe(1);
  });

  it("externalIds are per organisation", async () => {
    const keyB: ApiPrincipal = { ...key, organisationId: b.organisationId };
    await createContacts(key, [{ ...good(), externalId: "shared-1" }], { baseUrl: BASE });
    const result = only(
      (
        await createContacts(
          keyB,
          [{ teamId: b.teams.T1, channel: "phone", momentOfTruth: "complaint", locale: "fr", externalId: "shared-1" }],
          { baseUrl: BASE },
        )
      ).results,
    );
    expect(result.status).toBe("created");
  });
});

describe("tenants and roles", () => {
  it("another organisation's team id is an unknown team, nothing stored", async () => {
    const before = await contactCount(b.organisationId);
    const result = only((await createContacts(key, [{ ...good(), teamId: b.teams.T1 }], { baseUrl: BASE })).results);
    expect(result).toEqual({ index: 0, status: "invalid", errors: [{ field: "teamId", message: "unknown team" }] });
    const byExternal = only(
      (await createContacts(key, [{ ...good(), teamId: undefined, teamExternalId: "beta-T1" }], { baseUrl: BASE })).results,
    );
    expect(byExternal).toEqual({ index: 0, status: "invalid", errors: [{ field: "teamExternalId", message: "unknown team" }] });
    expect(await contactCount(b.organisationId)).toBe(before);
  });

  it.each(["ADMIN", "CX"] as const)("%s may create contacts", async (role) => {
    const result = only((await createContacts(a.actors[role], [good()], { baseUrl: BASE })).results);
    expect(result.status).toBe("created");
  });

  it.each(["HR", "MANAGER", "EMPLOYEE"] as const)("%s may not", async (role) => {
    const before = await contactCount(a.organisationId);
    await expect(createContacts(a.actors[role], [good()], { baseUrl: BASE })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await contactCount(a.organisationId)).toBe(before);
  });
});

describe("bulk of 10 000 mixed rows", () => {
  it("stores the valid rows, reports the invalid ones by index and field, in well under a second", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      if (i % 10 === 3) return { ...good(), channel: "fax", externalId: `bulk-${i}` };
      if (i % 10 === 7) return { ...good(), teamId: b.teams.T2, externalId: `bulk-${i}` };
      return { ...good(), externalId: `bulk-${i}`, customerEmail: i % 2 ? `c${i}@example.com` : undefined };
    });
    const before = await contactCount(a.organisationId);
    const started = performance.now();
    const { results } = await createContacts(key, rows, { baseUrl: BASE });
    const ms = performance.now() - started;
    console.log(`[bench] createContacts 10 000 rows (8 000 valid): ${ms.toFixed(0)} ms → ${Math.round(10_000 / (ms / 1000))} rows/s`);
    expect(results.filter((r) => r.status === "created")).toHaveLength(8_000);
    expect(results.filter((r) => r.status === "invalid").map((r) => r.index)).toEqual(
      rows.map((_, i) => i).filter((i) => i % 10 === 3 || i % 10 === 7),
    );
    expect(results[3]).toMatchObject({ status: "invalid", errors: [{ field: "channel" }] });
    expect(results[7]).toMatchObject({ status: "invalid", errors: [{ field: "teamId", message: "unknown team" }] });
    expect(await contactCount(a.organisationId)).toBe(before + 8_000);
    expect(
      await db().contact.count({
        where: {
          organisationId: a.organisationId,
          externalId: { startsWith: "bulk-" },
          linkUsedAt: null,
          linkExpiresAt: { gt: new Date() },
        },
      }),
    ).toBe(8_000);

    const again = await createContacts(key, rows, { baseUrl: BASE });
    expect(again.results.filter((r) => r.status === "existing")).toHaveLength(8_000);
    expect(again.results.map((r) => (r.status === "invalid" ? null : r.url))).toEqual(
      results.map((r) => (r.status === "invalid" ? null : r.url)),
    );
    expect(await contactCount(a.organisationId)).toBe(before + 8_000);
  });

  it("refuses more than 10 000 rows", async () => {
    await expect(createContacts(key, Array.from({ length: 10_001 }, good), { baseUrl: BASE })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
