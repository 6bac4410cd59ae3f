// POST /api/v1/import/responses and DELETE …/{importId} through the real route handlers: JSON
// (array or { rows }) and CSV bodies, CSV errors by line, 415 for other media types, 413, more
// than 10 000 rows → 422 with nothing stored, 401 without a key, undo with 204 then 404.
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE } from "@/app/api/v1/import/responses/[importId]/route";
import { POST } from "@/app/api/v1/import/responses/route";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";
import { apiScopes } from "@/lib/auth/api-scopes";

const tree = { D: null, T1: "D", T2: "D" };
const roles = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "T1" } as const;
const URL_BASE = "http://localhost/api/v1/import/responses";
let org: DashboardOrg;
let key: string;
let keyId: string;
let otherKey: string;

beforeAll(async () => {
  org = await createDashboardOrg("http", tree, roles);
  await createDashboardOrg("elsewhere", tree, roles);
  ({ key, id: keyId } = await createApiKeyForOrganisation("http", "import api test", apiScopes));
  otherKey = (await createApiKeyForOrganisation("elsewhere", "other", apiScopes)).key;
});

type Body = {
  importId: string;
  created: { customer: number; employee: number };
  errors: Array<{ index?: number; field: string; message: string }>;
  status?: number;
  detail?: string;
};

function post(body: BodyInit, contentType: string | null, bearer: string | null = key) {
  const headers: Record<string, string> = {};
  if (contentType) headers["content-type"] = contentType;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  return POST(new Request(URL_BASE, { method: "POST", headers, body }));
}
const postJson = (value: unknown, bearer?: string | null) => post(JSON.stringify(value), "application/json", bearer);
const remove = (importId: string, bearer: string = key) =>
  DELETE(new Request(`${URL_BASE}/${importId}`, { method: "DELETE", headers: { authorization: `Bearer ${bearer}` } }), {
    params: Promise.resolve({ importId }),
  });

async function answers() {
  const where = { organisationId: org.organisationId };
  const [customer, employee, imports] = await Promise.all([
    db().customerResponse.count({ where }),
    db().employeeResponse.count({ where }),
    db().responseImport.count({ where }),
  ]);
  return { customer, employee, imports };
}

async function expectProblem(response: Response, status: number): Promise<Body> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return (await response.json()) as Body;
}

const row = (patch: Record<string, unknown> = {}) => ({
  side: "customer",
  teamExternalId: "http-T1",
  period: "2025-01",
  score: 8,
  ...patch,
});

describe("JSON bodies", () => {
  it("an array: 201 with the import's id, created per side and the invalid rows", async () => {
    const before = await answers();
    const response = await postJson([row(), row({ side: "employee", teamExternalId: "http-T2" }), row({ score: 12 })]);
    expect(response.status).toBe(201);
    const body = (await response.json()) as Body;
    expect(body).toEqual({
      importId: expect.any(String),
      created: { customer: 1, employee: 1 },
      errors: [{ index: 2, field: "score", message: expect.any(String) }],
    });
    expect(await answers()).toEqual({ customer: before.customer + 1, employee: before.employee + 1, imports: before.imports + 1 });
  });

  it("{ rows }: the same; no valid row → 422 with the errors, nothing stored", async () => {
    expect((await postJson({ rows: [row()] })).status).toBe(201);
    const before = await answers();
    const problem = await expectProblem(
      await postJson({ rows: [row({ teamExternalId: "elsewhere-T1" }), row({ period: "2025-13" })] }),
      422,
    );
    expect(problem.errors).toEqual([
      { index: 0, field: "teamExternalId", message: "unknown team" },
      { index: 1, field: "period", message: expect.any(String) },
    ]);
    expect(await answers()).toEqual(before);
  });

  it("a body that is neither an array nor { rows }, or broken JSON → 422 / 400", async () => {
    expect((await expectProblem(await postJson({ contacts: [] }), 422)).errors?.[0]?.message).toContain('{ "rows": [...] }');
    await expectProblem(await post("[{", "application/json"), 400);
  });

  it("more than 10 000 rows → 422 saying so, nothing stored", async () => {
    const before = await answers();
    const problem = await expectProblem(await postJson(Array.from({ length: 10_001 }, () => row())), 422);
    expect(problem.errors).toEqual([{ field: "", message: "at most 10000 rows per call" }]);
    expect(await answers()).toEqual(before);
  });
});

describe("CSV bodies", () => {
  it("semicolons, a BOM, item and irritant columns, a quoted comment: stored; invalid rows named by line", async () => {
    const before = await answers();
    const csv = [
      "side;teamExternalId;period;score;item.ecoute;item.simplicite;irritants;comment;channel;momentOfTruth;locale",
      'customer;http-T1;2025-02;10;5;4;wait;"Très bien; merci\nvraiment";email;complaint;en',
      "employee;http-T2;2025-02;3;;2;wait|wait;;;;",
      "customer;nope;2025-02;7;;;;;;;",
      "",
      "employee;http-T2;2025-02;x;;;;;;;",
      "",
    ].join("\r\n");
    const response = await post(`\uFEFF${csv}`, "text/csv; charset=utf-8");
    expect(response.status).toBe(201);
    const body = (await response.json()) as Body;
    expect(body.created).toEqual({ customer: 1, employee: 1 });
    // The blank line in the middle is a row too (only trailing blank lines are not): it has no side.
    expect(body.errors.map((e) => [e.index, e.field])).toEqual([
      [2, "teamExternalId"],
      [3, "side"],
      [4, "score"],
    ]);
    expect(body.errors[0]!.message).toBe("line 4: unknown team");
    expect(body.errors.at(-1)!.message).toMatch(/^line 6: /);
    expect(await answers()).toEqual({ customer: before.customer + 1, employee: before.employee + 1, imports: before.imports + 1 });
    const stored = await db().customerResponse.findFirstOrThrow({
      where: { importId: body.importId },
      include: { items: { include: { item: true } }, irritants: true },
    });
    expect(stored).toMatchObject({
      comment: "Très bien; merci\nvraiment",
      channel: "EMAIL",
      locale: "en",
      score: 10,
      momentOfTruthId: org.mots.complaint,
    });
    expect(Object.fromEntries(stored.items.map((a) => [a.item.dimension, a.value]))).toEqual({ ecoute: 5, simplicite: 4 });
    expect(stored.irritants).toHaveLength(1);
  });

  it("commas work too; the same rules as JSON (a string score is still a number in CSV)", async () => {
    const response = await post("side,teamExternalId,period,score\nemployee,http-T1,2024-11,9\n", "text/csv");
    expect(response.status).toBe(201);
    expect(((await response.json()) as Body).created).toEqual({ customer: 0, employee: 1 });
  });

  it("a header with unknown or missing columns → 422 naming them, nothing stored", async () => {
    const before = await answers();
    const problem = await expectProblem(await post("side;team;period;item.\ncustomer;http-T1;2025-01\n", "text/csv"), 422);
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: "team", message: "unknown column" },
        { field: "item.", message: "unknown column" },
        { field: "teamExternalId", message: "missing column" },
        { field: "score", message: "missing column" },
      ]),
    );
    expect(await answers()).toEqual(before);
  });

  it("a row with more values than columns refuses the file; no valid row → 422 by line", async () => {
    const before = await answers();
    const extra = await expectProblem(
      await post("side,teamExternalId,period,score\ncustomer,http-T1,2025-01,7\ncustomer,http-T1,2025-01,7,oops\n", "text/csv"),
      422,
    );
    expect(extra.errors).toEqual([{ index: 1, field: "", message: "line 3: has 5 values but the header has 4 columns" }]);
    const none = await expectProblem(await post("side,teamExternalId,period,score\ncustomer,http-T1,2025-01,11\n", "text/csv"), 422);
    expect(none.errors).toEqual([{ index: 0, field: "score", message: expect.stringMatching(/^line 2: /) }]);
    expect(await answers()).toEqual(before);
  });

  it("more than 10 000 data rows → 422, nothing stored", async () => {
    const before = await answers();
    const csv = `side,teamExternalId,period,score\n${"customer,http-T1,2025-01,7\n".repeat(10_001)}`;
    expect((await expectProblem(await post(csv, "text/csv"), 422)).errors).toEqual([{ field: "", message: "at most 10000 rows per call" }]);
    expect(await answers()).toEqual(before);
  });

  it("not UTF-8 → 400; another charset declared → 415", async () => {
    await expectProblem(await post(new Uint8Array([0x73, 0x69, 0x64, 0x65, 0x0a, 0xe9, 0x0a]), "text/csv"), 400);
    await expectProblem(await post("side\n", "text/csv; charset=windows-1252"), 415);
  });
});

describe("media types, size and keys", () => {
  it("other content types → 415, nothing stored", async () => {
    const before = await answers();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null]) {
      const problem = await expectProblem(await post(JSON.stringify([row()]), type), 415);
      expect(problem.detail).toContain("text/csv");
    }
    expect(await answers()).toEqual(before);
  });

  it("a body over 16 MB → 413, nothing stored", async () => {
    const before = await answers();
    const big = JSON.stringify([row({ comment: "x".repeat(17 * 1024 * 1024) })]);
    await expectProblem(await post(big, "application/json"), 413);
    await expectProblem(
      await post(`side,teamExternalId,period,score,comment\ncustomer,http-T1,2025-01,7,${"x".repeat(17 * 1024 * 1024)}\n`, "text/csv"),
      413,
    );
    expect(await answers()).toEqual(before);
  });

  it("no key or a wrong key → 401 problem+json, nothing stored", async () => {
    const before = await answers();
    for (const bearer of [null, "garbage", `sym_${"A".repeat(43)}`]) {
      const response = await postJson([row()], bearer);
      await expectProblem(response, 401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
    }
    expect(await answers()).toEqual(before);
  });
});

describe("DELETE /api/v1/import/responses/{importId}", () => {
  it("undoes the import (204), then it is gone (404)", async () => {
    const before = await answers();
    const { importId } = (await (await postJson([row(), row({ side: "employee" })])).json()) as Body;
    const response = await remove(importId);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await answers()).toEqual(before);
    await expectProblem(await remove(importId), 404);
  });

  it("another organisation's key gets 404 and deletes nothing; a non-id is 404; no key is 401", async () => {
    const { importId } = (await (await postJson([row()])).json()) as Body;
    const before = await answers();
    expect((await expectProblem(await remove(importId, otherKey), 404)).detail).toBe("import not found");
    await expectProblem(await remove("not-an-id"), 404);
    await expectProblem(
      await DELETE(new Request(`${URL_BASE}/${importId}`, { method: "DELETE" }), { params: Promise.resolve({ importId }) }),
      401,
    );
    expect(await answers()).toEqual(before);
  });
});

describe("audit (issue 11 §4)", () => {
  const auditOf = (importId: string) =>
    db().auditLog.findMany({ where: { targetType: "ResponseImport", targetId: importId }, orderBy: { id: "asc" } });

  it("an import and its undo each leave one row with the counts and the key, never the answers", async () => {
    const { importId } = (await (await postJson([row({ comment: "secret words" }), row(), row({ side: "employee" })])).json()) as Body;
    const { id: undoKeyId, key: undoKey } = await createApiKeyForOrganisation("http", "undo key", ["history:import"]);
    expect((await remove(importId, undoKey)).status).toBe(204);
    const rows = await auditOf(importId);
    expect(rows.map(({ organisationId, actorId, action, metadata }) => ({ organisationId, actorId, action, metadata }))).toEqual([
      {
        organisationId: org.organisationId,
        actorId: null,
        action: "responseImport.create",
        metadata: { apiKeyId: keyId, customerRows: 2, employeeRows: 1 },
      },
      {
        organisationId: org.organisationId,
        actorId: null,
        action: "responseImport.delete",
        metadata: { apiKeyId: undoKeyId, importedByApiKeyId: keyId, customerRows: 2, employeeRows: 1 },
      },
    ]);
    expect(JSON.stringify(rows.map((r) => r.metadata))).not.toContain("secret");
  });

  it("a refused import or undo leaves no row", async () => {
    const before = await db().auditLog.count({ where: { organisationId: org.organisationId } });
    await expectProblem(await postJson([row({ score: 11 })]), 422);
    const { importId } = (await (await postJson([row()])).json()) as Body;
    await expectProblem(await remove(importId, otherKey), 404);
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId } })).toBe(before + 1);
  });
});

describe("Idempotency-Key", () => {
  const postKeyed = (value: unknown, idempotencyKey: string, bearer: string = key) =>
    POST(
      new Request(URL_BASE, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}`, "idempotency-key": idempotencyKey },
        body: JSON.stringify(value),
      }),
    );

  it("a retry with the same key and rows replays the first answer (200) and stores nothing more", async () => {
    const rows = [row({ score: 3 }), row({ side: "employee", teamExternalId: "http-T2" }), row({ score: 11 })];
    const before = await answers();
    const first = await postKeyed(rows, "retry-1");
    expect(first.status).toBe(201);
    const firstBody = (await first.json()) as Body;
    const again = await postKeyed(rows, "retry-1");
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(firstBody);
    expect(await answers()).toEqual({ customer: before.customer + 1, employee: before.employee + 1, imports: before.imports + 1 });
  });

  it("the same key with other rows is refused (422) and stores nothing", async () => {
    expect((await postKeyed([row()], "reused-1")).status).toBe(201);
    const before = await answers();
    const problem = await expectProblem(await postKeyed([row({ score: 0 })], "reused-1"), 422);
    expect(problem.detail).toContain("Idempotency-Key");
    expect(await answers()).toEqual(before);
  });

  it("a malformed key → 422 naming the header, nothing stored", async () => {
    const before = await answers();
    const problem = await expectProblem(await postKeyed([row()], "has spaces in it"), 422);
    expect(problem.errors).toEqual([{ field: "Idempotency-Key", message: "invalid" }]);
    expect(await answers()).toEqual(before);
  });

  it("10 concurrent calls with one key store one import and all answer its id", async () => {
    const before = await answers();
    const responses = await Promise.all(Array.from({ length: 10 }, () => postKeyed([row({ score: 9 }), row({ score: 1 })], "race-1")));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as Body[];
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(bodies.map((body) => body.importId)).size).toBe(1);
    expect(await answers()).toEqual({ ...before, customer: before.customer + 2, imports: before.imports + 1 });
  });

  it("keys are per organisation", async () => {
    expect((await postKeyed([row()], "shared-key")).status).toBe(201);
    expect((await postKeyed([{ ...row(), teamExternalId: "elsewhere-T1" }], "shared-key", otherKey)).status).toBe(201);
  });
});
