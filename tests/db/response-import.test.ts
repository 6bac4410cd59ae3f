// importResponses / deleteResponseImport against real PostgreSQL: a mixed import stores exactly
// its rows (defaults: unknown channel, the "imported" moment of truth, the organisation's
// locale); each field wrong in turn is reported on that field with nothing stored; employee
// rows carry no identity; the rollup equals a fresh aggregate after an import and its undo;
// another organisation's team or import is unknown.
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { deleteResponseImport } from "@/lib/db/response-imports/delete-response-import";
import { importResponses, type ImportResponsesResult } from "@/lib/db/response-imports/import-responses";
import { listResponses } from "@/lib/db/responses/list-responses";
import { checkRollupConsistency } from "@/lib/db/rollup/check-rollup-consistency";
import { refreshRollups } from "@/lib/db/rollup/refresh";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { ZCustomerResponse } from "@/lib/http/api-v1-schemas";
import { currentMonth } from "@/lib/surveys/import-response-schema";
import { currentParisMonth } from "@/lib/surveys/release-calendar";
import { addEmployeeAnswers, createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";
import { apiScopes } from "@/lib/auth/api-scopes";

const tree = { D: null, S: "D", T1: "S", T2: "S" };
const roles = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "S", EMPLOYEE: "T1" } as const;
let org: DashboardOrg;
let other: DashboardOrg;
let key: ApiPrincipal;
let otherKey: ApiPrincipal;

async function keyFor(slug: string): Promise<ApiPrincipal> {
  const created = await createApiKeyForOrganisation(slug, "import test", apiScopes);
  return { kind: "apiKey", organisationId: created.organisationId, apiKeyId: created.id, name: created.name, scopes: apiScopes };
}

beforeAll(async () => {
  org = await createDashboardOrg("imp", tree, roles);
  other = await createDashboardOrg("oth", tree, roles);
  // A customer-only irritant: an employee row naming it is naming an unknown irritant.
  await db().irritant.create({
    data: { organisationId: org.organisationId, side: "CUSTOMER", key: "price", labelFr: "prix", labelEn: "price" },
  });
  key = await keyFor("imp");
  otherKey = await keyFor("oth");
  // Live answers (a pulse's, not an import's) in T1, June 2025: that cell takes no history.
  await addEmployeeAnswers(org.organisationId, org.teams.T1!, "2025-06", [9, 8, 3]);
});

const customerRow = (patch: Record<string, unknown> = {}) => ({
  side: "customer",
  teamExternalId: "imp-T1",
  period: "2025-03",
  score: 9,
  ...patch,
});
const employeeRow = (patch: Record<string, unknown> = {}) => ({
  side: "employee",
  teamExternalId: "imp-T2",
  period: "2025-03",
  score: 4,
  ...patch,
});

async function counts(organisationId: string) {
  const where = { organisationId };
  const [customer, employee, imports, customerItems, employeeItems] = await Promise.all([
    db().customerResponse.count({ where }),
    db().employeeResponse.count({ where }),
    db().responseImport.count({ where }),
    db().customerItemAnswer.count({ where }),
    db().employeeItemAnswer.count({ where }),
  ]);
  return { customer, employee, imports, customerItems, employeeItems };
}

function stored(result: ImportResponsesResult): string {
  expect(result.importId).toMatch(/^[0-9a-f-]{36}$/);
  return result.importId!;
}

describe("a valid mixed import", () => {
  let result: ImportResponsesResult;
  beforeAll(async () => {
    result = await importResponses(key, [
      customerRow({
        channel: "chat",
        momentOfTruth: "complaint",
        locale: "en",
        items: { ecoute: 4, simplicite: 2 },
        irritants: ["wait", "price", "wait"],
        comment: "  Très bien  ",
      }),
      customerRow({ period: "2025-04", score: 2 }),
      employeeRow({ items: { ecoute: 5 }, irritants: ["wait"], comment: "Outils lents" }),
      employeeRow({ period: "2025-05", score: 10 }),
    ]);
  });

  it("answers the import's id and what it created, with no error", () => {
    expect(result).toEqual({ importId: expect.any(String), created: { customer: 2, employee: 2 }, errors: [] });
  });

  it("records the import: organisation, key, both sides, row counts", async () => {
    const row = await db().responseImport.findUniqueOrThrow({ where: { id: stored(result) } });
    expect(row).toMatchObject({ organisationId: org.organisationId, apiKeyId: key.apiKeyId, side: null, customerRows: 2, employeeRows: 2 });
  });

  it("stores the customer answers with their fields, items, irritants and defaults", async () => {
    const rows = await db().customerResponse.findMany({
      where: { importId: stored(result) },
      orderBy: { submittedAt: "asc" },
      include: { items: { include: { item: true } }, irritants: { include: { irritant: true } }, momentOfTruth: true, followUp: true },
    });
    expect(rows).toHaveLength(2);
    const [full, minimal] = rows as [(typeof rows)[number], (typeof rows)[number]];
    expect(full).toMatchObject({
      contactId: null,
      teamId: org.teams.T1,
      channel: "CHAT",
      locale: "en",
      score: 9,
      comment: "Très bien",
      momentOfTruthId: org.mots.complaint,
    });
    expect(full.submittedAt.toISOString()).toBe("2025-03-01T12:00:00.000Z");
    expect(Object.fromEntries(full.items.map((a) => [a.item.dimension, a.value]))).toEqual({ ecoute: 4, simplicite: 2 });
    expect(full.irritants.map((i) => i.irritant.key).sort()).toEqual(["price", "wait"]);
    expect(minimal).toMatchObject({ contactId: null, channel: "UNKNOWN", locale: "fr", score: 2, comment: null, followUp: null });
    expect(minimal.submittedAt.toISOString()).toBe("2025-04-01T12:00:00.000Z");
    expect(minimal.momentOfTruth).toMatchObject({
      side: "CUSTOMER",
      key: "imported",
      labelFr: "Historique importé",
      labelEn: "Imported history",
      active: false,
    });
  });

  it("creates no follow-up and no webhook for an imported detractor", async () => {
    expect(await db().followUp.count({ where: { organisationId: org.organisationId } })).toBe(0);
    expect(await db().webhookDelivery.count({ where: { organisationId: org.organisationId } })).toBe(0);
  });

  it("stores employee answers with team, month and answers only: no pulse, no event, no person", async () => {
    const ids = (await db().employeeResponse.findMany({ where: { importId: stored(result) }, select: { id: true } })).map((r) => r.id);
    const rows = await db().$queryRaw<Array<Record<string, unknown>>>`
      SELECT * FROM "EmployeeResponse" WHERE id = ANY(${ids}::uuid[]) ORDER BY period`;
    expect(rows).toHaveLength(2);
    // Every column the row has: nothing that could point at a person or a precise time.
    expect(Object.keys(rows[0]!).sort()).toEqual([
      "comment",
      "eventType",
      "id",
      "importId",
      "irritantOther",
      "organisationId",
      "period",
      "pulseId",
      "score",
      "suggestion",
      "teamId",
    ]);
    expect(rows[0]).toMatchObject({
      teamId: org.teams.T2,
      score: 4,
      comment: "Outils lents",
      pulseId: null,
      eventType: null,
      suggestion: null,
      importId: result.importId,
    });
    expect((rows[0]!.period as Date).toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect((rows[1]!.period as Date).toISOString()).toBe("2025-05-01T00:00:00.000Z");
    // Random v4 ids, like every employee answer (a v7 would carry the time of the import).
    for (const id of ids) expect(id[14]).toBe("4");
    const items = await db().employeeItemAnswer.findMany({ where: { responseId: { in: ids } }, include: { item: true } });
    expect(items.map((a) => [a.item.dimension, a.value])).toEqual([["ecoute", 5]]);
    expect(await db().employeeResponseIrritant.count({ where: { responseId: { in: ids }, irritantId: org.irritantIds.employee } })).toBe(1);
  });

  it("reuses the one 'imported' moment of truth, and takes the organisation's default locale", async () => {
    await db().organisation.update({ where: { id: org.organisationId }, data: { defaultLocale: "en" } });
    const second = await importResponses(key, [
      customerRow({ period: "2024-12" }),
      customerRow({ period: "2024-12", momentOfTruth: "imported" }),
    ]);
    await db().organisation.update({ where: { id: org.organisationId }, data: { defaultLocale: "fr" } });
    expect(await db().momentOfTruth.count({ where: { organisationId: org.organisationId, key: "imported" } })).toBe(1);
    const rows = await db().customerResponse.findMany({ where: { importId: stored(second) }, include: { momentOfTruth: true } });
    expect(rows.map((r) => [r.locale, r.momentOfTruth.key])).toEqual([
      ["en", "imported"],
      ["en", "imported"],
    ]);
    const row = await db().responseImport.findUniqueOrThrow({ where: { id: stored(second) } });
    expect(row).toMatchObject({ side: "CUSTOMER", customerRows: 2, employeeRows: 0 });
  });

  it("GET /api/v1/responses lists imported answers with no contact, valid against its schema", async () => {
    const { data } = await listResponses(key, { limit: 1000 });
    const imported = data.filter((row) => row.contactId === null);
    expect(imported.length).toBeGreaterThanOrEqual(2);
    for (const row of data) expect(ZCustomerResponse.safeParse(row).success).toBe(true);
    expect(imported.find((row) => row.comment === "Très bien")).toMatchObject({
      contactExternalId: null,
      teamId: org.teams.T1,
      score: 9,
      items: { ecoute: 4, simplicite: 2 },
      irritants: ["price", "wait"],
      submittedAt: "2025-03-01T12:00:00.000Z",
    });
  });
});

describe("each field wrong in turn", () => {
  const future = () => {
    const now = new Date();
    return currentMonth(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));
  };
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["side missing", customerRow({ side: undefined }), "side"],
    ["side unknown", customerRow({ side: "client" }), "side"],
    ["teamExternalId missing", customerRow({ teamExternalId: undefined }), "teamExternalId"],
    ["teamExternalId unknown", customerRow({ teamExternalId: "nope" }), "teamExternalId"],
    ["teamExternalId of another organisation", employeeRow({ teamExternalId: "oth-T1" }), "teamExternalId"],
    ["period missing", customerRow({ period: undefined }), "period"],
    ["period not YYYY-MM", customerRow({ period: "2025-3" }), "period"],
    ["period month 13", employeeRow({ period: "2025-13" }), "period"],
    ["period a full date", customerRow({ period: "2025-03-01" }), "period"],
    ["period in the future", employeeRow({ period: "FUTURE" }), "period"],
    ["period before 2000", customerRow({ period: "1999-12" }), "period"],
    ["employee row in the current month (not ended)", employeeRow({ period: "NOW" }), "period"],
    ["employee row into a team-month holding live answers", employeeRow({ teamExternalId: "imp-T1", period: "2025-06" }), "period"],
    ["score missing", customerRow({ score: undefined }), "score"],
    ["score 11", customerRow({ score: 11 }), "score"],
    ["score negative", employeeRow({ score: -1 }), "score"],
    ["score not whole", customerRow({ score: 7.5 }), "score"],
    ["score a string", customerRow({ score: "7" }), "score"],
    ["item dimension unknown", customerRow({ items: { nope: 3 } }), "items.nope"],
    ["item value 6", employeeRow({ items: { ecoute: 6 } }), "items.ecoute"],
    ["item value 0", customerRow({ items: { ecoute: 0 } }), "items.ecoute"],
    ["items not an object", customerRow({ items: [3] }), "items"],
    ["irritant unknown", customerRow({ irritants: ["wait", "nope"] }), "irritants.1"],
    ["irritant of the other side", employeeRow({ irritants: ["price"] }), "irritants.0"],
    ["irritants not an array", employeeRow({ irritants: "wait" }), "irritants"],
    ["comment too long", customerRow({ comment: "x".repeat(2001) }), "comment"],
    ["employee comment too long", employeeRow({ comment: "x".repeat(2001) }), "comment"],
    ["channel unknown", customerRow({ channel: "fax" }), "channel"],
    ["channel uppercase", customerRow({ channel: "PHONE" }), "channel"],
    ["channel UNKNOWN is not for callers", customerRow({ channel: "unknown" }), "channel"],
    ["momentOfTruth unknown", customerRow({ momentOfTruth: "nope" }), "momentOfTruth"],
    ["locale unknown", customerRow({ locale: "de" }), "locale"],
    ["employee row with a channel", employeeRow({ channel: "phone" }), "channel"],
    ["employee row with a locale", employeeRow({ locale: "fr" }), "locale"],
    ["employee row with a moment of truth", employeeRow({ momentOfTruth: "complaint" }), "momentOfTruth"],
    ["employee row with an identity", employeeRow({ email: "jane@example.com" }), "email"],
    ["unknown field", customerRow({ contactId: "x" }), "contactId"],
  ];
  it.each(cases)("%s → that field named, nothing stored (alone: nothing at all)", async (_name, raw, field) => {
    const row =
      raw.period === "FUTURE" ? { ...raw, period: future() } : raw.period === "NOW" ? { ...raw, period: currentParisMonth() } : raw;
    const before = await counts(org.organisationId);
    const alone = await importResponses(key, [row]);
    expect(alone.importId).toBeNull();
    expect(alone.created).toEqual({ customer: 0, employee: 0 });
    expect(alone.errors.map((e) => [e.index, e.field])).toContainEqual([0, field]);
    expect(await counts(org.organisationId)).toEqual(before);

    const mixed = await importResponses(key, [customerRow({ period: "2024-01" }), row]);
    expect(mixed.created).toEqual({ customer: 1, employee: 0 });
    expect(mixed.errors.length).toBeGreaterThan(0);
    expect(mixed.errors.every((e) => e.index === 1)).toBe(true);
    expect(await counts(org.organisationId)).toEqual({ ...before, customer: before.customer + 1, imports: before.imports + 1 });
    await deleteResponseImport(key, stored(mixed));
  });

  it("a row that is not an object is invalid at its root", async () => {
    const result = await importResponses(key, [null, "x", 3, []]);
    expect(result.importId).toBeNull();
    expect(result.errors.map((e) => [e.index, e.field])).toEqual([
      [0, ""],
      [1, ""],
      [2, ""],
      [3, ""],
    ]);
  });

  it("more than 10 000 rows is refused before anything is read", async () => {
    const before = await counts(org.organisationId);
    await expect(
      importResponses(
        key,
        Array.from({ length: 10_001 }, () => customerRow()),
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      importResponses(
        key,
        Array.from({ length: 10_001 }, () => customerRow()),
      ),
    ).rejects.toBeInstanceOf(ExpectedError);
    expect(await counts(org.organisationId)).toEqual(before);
  });
});

describe("tenants and roles", () => {
  it("signed-in users cannot import or undo, whatever their role", async () => {
    for (const actor of Object.values(org.actors)) {
      await expect(importResponses(actor, [customerRow()])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteResponseImport(actor, "0190a000-0000-7000-8000-000000000000")).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("another organisation's import is not found, and nothing of it is deleted", async () => {
    const theirs = stored(
      await importResponses(otherKey, [customerRow({ teamExternalId: "oth-T1" }), employeeRow({ teamExternalId: "oth-T2" })]),
    );
    const before = await counts(other.organisationId);
    await expect(deleteResponseImport(key, theirs)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts(other.organisationId)).toEqual(before);
    await expect(deleteResponseImport(key, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteResponseImport(key, "0190a000-0000-7000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("undo and the dashboard rollup", () => {
  it("the rollup equals a fresh aggregate after an import and after its undo", async () => {
    await addEmployeeAnswers(org.organisationId, org.teams.T1!, "2023-06", [10, 9, 3]);
    await refreshRollups(org.organisationId);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);

    const rows = ["2023-05", "2023-06", "2023-07"].flatMap((period, m) => [
      ...[10, 9, 8, 2].map((score, i) =>
        customerRow({
          period,
          score,
          teamExternalId: i % 2 ? "imp-T1" : "imp-T2",
          items: { ecoute: 1 + ((i + m) % 5) },
          irritants: i === 3 ? ["wait"] : undefined,
        }),
      ),
      ...[10, 6, 7].map((score) => employeeRow({ period, score, items: { simplicite: 3 }, irritants: ["wait"] })),
    ]);
    const before = await counts(org.organisationId);
    const importId = stored(await importResponses(key, rows));
    const dirty = await db().rollupDirty.findMany({ where: { organisationId: org.organisationId }, orderBy: { period: "asc" } });
    expect(dirty.map((d) => d.period.toISOString().slice(0, 7))).toEqual(["2023-05", "2023-06", "2023-07"]);
    await refreshRollups(org.organisationId);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
    const june = await db().employeeRollup.findMany({
      where: { organisationId: org.organisationId, period: new Date("2023-06-01") },
      orderBy: { teamId: "asc" },
    });
    expect(june.map((r) => [r.teamId, r.promoters, r.passives, r.detractors, r.eventAnswers]).sort()).toEqual(
      [
        [org.teams.T1, 2, 0, 1, 0],
        [org.teams.T2, 1, 1, 1, 0],
      ].sort(),
    );
    expect(
      await db().customerRollup.count({
        where: { organisationId: org.organisationId, period: new Date("2023-05-01"), channel: "UNKNOWN" },
      }),
    ).toBe(2);

    await deleteResponseImport(key, importId);
    expect(await counts(org.organisationId)).toEqual(before);
    expect(await db().responseImport.count({ where: { id: importId } })).toBe(0);
    await refreshRollups(org.organisationId);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
    expect(
      await db().customerRollup.count({
        where: {
          organisationId: org.organisationId,
          period: { in: [new Date("2023-05-01"), new Date("2023-06-01"), new Date("2023-07-01")] },
        },
      }),
    ).toBe(0);
    const juneAfter = await db().employeeRollup.findMany({ where: { organisationId: org.organisationId, period: new Date("2023-06-01") } });
    expect(juneAfter.map((r) => [r.teamId, r.promoters, r.passives, r.detractors])).toEqual([[org.teams.T1, 2, 0, 1]]);
    await expect(deleteResponseImport(key, importId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
