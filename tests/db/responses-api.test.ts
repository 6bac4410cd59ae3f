// listResponses: keyset pages on (submittedAt, id) cover every response exactly once, `since`
// filters, the DTO carries items by dimension and irritants by key, and tenants stay apart.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { listResponses } from "@/lib/db/responses/list-responses";
import { ForbiddenError } from "@/lib/errors";
import { encodeResponseCursor } from "@/lib/surveys/customer-response-dto";
import { createOrgFixture, unknownLink, type OrgFixture } from "./fixtures";
import { apiScopes } from "@/lib/auth/api-scopes";

let a: OrgFixture;
let b: OrgFixture;
const keyFor = (org: OrgFixture): ApiPrincipal => ({
  kind: "apiKey",
  organisationId: org.organisationId,
  apiKeyId: randomUUID(),
  name: "t",
  scopes: apiScopes,
});
const T0 = new Date("2026-10-01T00:00:00.000Z");

beforeAll(async () => {
  a = await createOrgFixture("alpha", 0);
  b = await createOrgFixture("beta", 2);
  const organisationId = a.organisationId;
  const mot = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId } });
  const item = await db().mirroredItem.create({
    data: { organisationId, dimension: "ecoute", customerTextFr: "c", customerTextEn: "c", employeeTextFr: "e", employeeTextEn: "e" },
  });
  const irritants = await Promise.all(
    ["attente", "renvoi"].map((key) =>
      db().irritant.create({ data: { organisationId, side: "CUSTOMER", key, labelFr: key, labelEn: key } }),
    ),
  );
  // 25 responses; every 5 share one submittedAt, so pages must break ties on id.
  for (let i = 0; i < 25; i++) {
    const contact = await db().contact.create({
      data: {
        organisationId,
        teamId: a.teams.T1,
        momentOfTruthId: mot.id,
        channel: "PHONE",
        locale: "fr",
        occurredAt: T0,
        externalId: `ext-${i}`,
        ...unknownLink(),
      },
    });
    await db().customerResponse.create({
      data: {
        organisationId,
        contactId: contact.id,
        teamId: a.teams.T1,
        momentOfTruthId: mot.id,
        channel: "PHONE",
        locale: "fr",
        submissionId: randomUUID(),
        score: i % 11,
        comment: i === 0 ? "Très bien" : null,
        submittedAt: new Date(T0.getTime() + Math.floor(i / 5) * 60_000),
        items: i === 0 ? { create: [{ organisationId, itemId: item.id, value: 4 }] } : undefined,
        irritants: i === 0 ? { create: irritants.map((irritant) => ({ organisationId, irritantId: irritant.id })) } : undefined,
      },
    });
  }
});

async function allPages(limit: number, since?: string) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listResponses(keyFor(a), { limit, cursor, since });
    ids.push(...page.data.map((row) => row.id));
    if (!page.nextCursor) return { ids, pages: pages + 1 };
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

describe("pagination", () => {
  it.each([1, 3, 5, 7, 25, 1000])("limit %i visits every response once, in (submittedAt, id) order", async (limit) => {
    const { ids, pages } = await allPages(limit);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(pages).toBe(Math.max(1, Math.ceil(25 / limit)));
    const stored = await db().customerResponse.findMany({
      where: { organisationId: a.organisationId },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(ids).toEqual(stored.map((row) => row.id));
  });

  it("the last page has no next cursor; an empty result too", async () => {
    expect((await listResponses(keyFor(a), { limit: 1000 })).nextCursor).toBeNull();
    const after = await listResponses(keyFor(a), { limit: 10, since: "2030-01-01T00:00:00Z" });
    expect(after).toEqual({ data: [], nextCursor: null });
  });
});

describe("since", () => {
  it("keeps responses submitted at or after the instant", async () => {
    const { ids } = await allPages(4, new Date(T0.getTime() + 2 * 60_000).toISOString());
    expect(ids).toHaveLength(15);
    const { ids: shifted } = await allPages(4, "2026-10-01T02:02:00+02:00");
    expect(shifted).toEqual(ids);
  });
});

describe("DTO", () => {
  it("carries the contact's externalId, items by dimension, irritants by key", async () => {
    const first = (await listResponses(keyFor(a), { limit: 1000 })).data.find((row) => row.comment === "Très bien")!;
    expect(first).toMatchObject({
      teamId: a.teams.T1,
      score: 0,
      contactExternalId: "ext-0",
      items: { ecoute: 4 },
      irritants: ["attente", "renvoi"],
    });
    expect(first.submittedAt).toBe(T0.toISOString());
    expect(Object.keys(first).sort()).toEqual([
      "comment",
      "contactExternalId",
      "contactId",
      "id",
      "irritants",
      "items",
      "score",
      "submittedAt",
      "teamId",
    ]);
  });
});

describe("tenants and roles", () => {
  it("an organisation sees only its own responses", async () => {
    const mineB = (await listResponses(keyFor(b), { limit: 1000 })).data;
    expect(mineB).toHaveLength(6);
    const idsA = new Set((await listResponses(keyFor(a), { limit: 1000 })).data.map((row) => row.id));
    for (const row of mineB) expect(idsA.has(row.id)).toBe(false);
  });

  it("a cursor made from another organisation's response leaks nothing of it", async () => {
    const rowB = (await listResponses(keyFor(b), { limit: 1 })).data[0]!;
    const forged = encodeResponseCursor({ submittedAt: new Date(0), id: rowB.id });
    const page = await listResponses(keyFor(a), { limit: 1000, cursor: forged });
    expect(page.data.every((row) => row.teamId === a.teams.T1)).toBe(true);
  });

  it("signed-in users without responses:read are refused", async () => {
    await expect(listResponses(a.actors.ADMIN, { limit: 10 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
