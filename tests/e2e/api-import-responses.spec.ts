// The response import over real HTTP against `next start`, in an organisation of its own (the
// demo's figures stay untouched): JSON and CSV imports, 415, 401, undo (204, then 404, and
// 404 for another organisation's key), and GET /api/v1/responses showing imported answers.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createKey, query } from "./support/api-keys";

let key: string;
let demoKey: string;
let organisationId: string;

test.beforeAll(async () => {
  const slug = `import-${randomUUID().slice(0, 8)}`;
  const [org] = await query<{ id: string }>(
    `INSERT INTO "Organisation" (id, slug, name) VALUES (gen_random_uuid(), $1, 'Import SA') RETURNING id::text`,
    [slug],
  );
  organisationId = org!.id;
  await query(
    `INSERT INTO "Team" (id, "organisationId", name, kind, path, depth, "externalId")
               SELECT t.id, $1::uuid, 'Équipe importée', 'TEAM', '/' || t.id || '/', 0, 'IMP-1' FROM (SELECT gen_random_uuid() AS id) t`,
    [organisationId],
  );
  await query(
    `INSERT INTO "MirroredItem" (id, "organisationId", dimension, "customerTextFr", "customerTextEn", "employeeTextFr", "employeeTextEn")
               VALUES (gen_random_uuid(), $1::uuid, 'ecoute', 'c', 'c', 'e', 'e')`,
    [organisationId],
  );
  await query(
    `INSERT INTO "Irritant" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES (gen_random_uuid(), $1::uuid, 'CUSTOMER', 'attente', 'a', 'w')`,
    [organisationId],
  );
  key = createKey("e2e import", slug).key;
  demoKey = createKey("e2e import (demo)").key;
});

const auth = (value = key) => ({ authorization: `Bearer ${value}` });
type Imported = {
  importId: string;
  created: { customer: number; employee: number };
  errors: Array<{ index: number; field: string; message: string }>;
};

async function importedRows(importId: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    `SELECT (SELECT count(*) FROM "CustomerResponse" WHERE "importId" = $1::uuid) + (SELECT count(*) FROM "EmployeeResponse" WHERE "importId" = $1::uuid) AS n`,
    [importId],
  );
  return Number(row?.n ?? 0);
}

const postCsv = (request: APIRequestContext, csv: string, type = "text/csv") =>
  request.post("/api/v1/import/responses", { headers: { ...auth(), "content-type": type }, data: Buffer.from(csv, "utf8") });

test("a JSON import stores its rows and GET /api/v1/responses lists them without a contact; DELETE undoes it", async ({ request }) => {
  const rows = [
    {
      side: "customer",
      teamExternalId: "IMP-1",
      period: "2024-06",
      score: 3,
      items: { ecoute: 2 },
      irritants: ["attente"],
      comment: "Trop long",
    },
    { side: "employee", teamExternalId: "IMP-1", period: "2024-06", score: 8 },
    { side: "employee", teamExternalId: "IMP-1", period: "2024-06", score: 8, channel: "phone" },
  ];
  const response = await request.post("/api/v1/import/responses", { headers: auth(), data: { rows } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as Imported;
  expect(body.created).toEqual({ customer: 1, employee: 1 });
  expect(body.errors).toEqual([{ index: 2, field: "channel", message: "unknown field" }]);
  expect(await importedRows(body.importId)).toBe(2);

  const page = (await (await request.get("/api/v1/responses?limit=10", { headers: auth() })).json()) as {
    data: Array<Record<string, unknown>>;
  };
  expect(page.data).toContainEqual(
    expect.objectContaining({
      contactId: null,
      contactExternalId: null,
      score: 3,
      items: { ecoute: 2 },
      irritants: ["attente"],
      submittedAt: "2024-06-01T12:00:00.000Z",
    }),
  );

  expect((await request.delete(`/api/v1/import/responses/${body.importId}`, { headers: auth(demoKey) })).status()).toBe(404);
  expect(await importedRows(body.importId)).toBe(2);
  expect((await request.delete(`/api/v1/import/responses/${body.importId}`, { headers: auth() })).status()).toBe(204);
  expect(await importedRows(body.importId)).toBe(0);
  expect((await request.delete(`/api/v1/import/responses/${body.importId}`, { headers: auth() })).status()).toBe(404);
});

test("a CSV import (semicolons, BOM) reports invalid rows by line", async ({ request }) => {
  const csv =
    "\uFEFFside;teamExternalId;period;score;item.ecoute;irritants\r\ncustomer;IMP-1;2024-07;10;5;attente\r\nemployee;IMP-1;2024-07;6;;\r\ncustomer;NOPE;2024-07;9;;\r\n";
  const response = await postCsv(request, csv, "text/csv; charset=utf-8");
  expect(response.status()).toBe(201);
  const body = (await response.json()) as Imported;
  expect(body.created).toEqual({ customer: 1, employee: 1 });
  expect(body.errors).toEqual([{ index: 2, field: "teamExternalId", message: "line 4: unknown team" }]);
  expect((await request.delete(`/api/v1/import/responses/${body.importId}`, { headers: auth() })).status()).toBe(204);
});

test("other media types → 415, no key → 401, no valid row → 422: nothing stored", async ({ request }) => {
  const count = async () =>
    Number(
      (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "ResponseImport" WHERE "organisationId" = $1::uuid`, [organisationId]))[0]
        ?.n,
    );
  const before = await count();
  const rows = [{ side: "employee", teamExternalId: "IMP-1", period: "2024-06", score: 8 }];
  const plain = await postCsv(request, JSON.stringify(rows), "text/plain");
  expect(plain.status()).toBe(415);
  expect(plain.headers()["content-type"]).toContain("application/problem+json");
  const anonymous = await request.post("/api/v1/import/responses", { data: rows });
  expect(anonymous.status()).toBe(401);
  const invalid = await request.post("/api/v1/import/responses", { headers: auth(), data: [{ ...rows[0], score: 11 }] });
  expect(invalid.status()).toBe(422);
  expect(((await invalid.json()) as { errors: unknown[] }).errors).toEqual([{ index: 0, field: "score", message: expect.any(String) }]);
  expect(await count()).toBe(before);
});
