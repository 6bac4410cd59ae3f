// The integrator REST API over real HTTP against `next start`: key checks (401 problem+json),
// field-by-field 422 with nothing stored, 415, idempotent creation, bulk, responses
// pagination and the OpenAPI document.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { contactsWithExternalId, createKey, demoTeam, revokeKey } from "./support/api-keys";
import { createForeignOrganisation } from "./support/foreign-org";
import { forgetDemoContactsByExternalId } from "./support/demo-restore";

// The contacts this spec creates in the demo are deleted afterwards (support/demo-restore.ts).
const created: string[] = [];
const remember = (externalId: string) => (created.push(externalId), externalId);
test.afterAll(() => forgetDemoContactsByExternalId(created.splice(0)));

let key: string;
let team: { id: string; externalId: string | null };

test.beforeAll(async () => {
  key = createKey("e2e api-contacts").key;
  team = await demoTeam();
});

const auth = (value = key) => ({ authorization: `Bearer ${value}` });
const contact = (patch: Record<string, unknown> = {}) => ({
  externalId: remember(`e2e-${randomUUID()}`),
  teamId: team.id,
  channel: "phone",
  momentOfTruth: "reclamation",
  locale: "fr",
  ...patch,
});
const post = (request: APIRequestContext, path: string, data: unknown, headers: Record<string, string> = auth()) =>
  request.post(path, { data, headers });

async function expectProblem(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const body = (await response.json()) as { status: number; title: string; errors?: Array<{ field: string; message: string }> };
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  return body;
}

test.describe("authentication", () => {
  test("no key, a garbage key, an unknown key and a revoked key all get 401 problem+json", async ({ request }) => {
    const revoked = createKey("e2e to revoke").key;
    expect((await post(request, "/api/v1/contacts", contact(), auth(revoked))).status()).toBe(201);
    await revokeKey(revoked);
    const attempts: Array<Record<string, string>> = [
      {},
      auth("garbage"),
      { authorization: "Basic Zm9vOmJhcg==" },
      auth(`sym_${"A".repeat(43)}`),
      auth(revoked),
    ];
    for (const headers of attempts) {
      const externalId = `e2e-${randomUUID()}`;
      const response = await post(request, "/api/v1/contacts", contact({ externalId }), headers);
      await expectProblem(response, 401);
      expect(response.headers()["www-authenticate"]).toBe("Bearer");
      expect(await contactsWithExternalId(externalId)).toBe(0);
      await expectProblem(await request.get("/api/v1/responses", { headers }), 401);
    }
  });
});

test.describe("POST /api/v1/contacts", () => {
  const wrong: Array<[string, Record<string, unknown>, string]> = [
    ["channel", { channel: "fax" }, "channel"],
    ["momentOfTruth", { momentOfTruth: "unknown-moment" }, "momentOfTruth"],
    ["locale", { locale: "de" }, "locale"],
    ["teamId", { teamId: "not-a-uuid" }, "teamId"],
    ["teamExternalId", { teamId: undefined, teamExternalId: "no-such-team" }, "teamExternalId"],
    ["both team refs", { teamExternalId: "x" }, "teamId"],
    ["customerEmail", { customerEmail: "nope" }, "customerEmail"],
    ["occurredAt", { occurredAt: "2999-01-01T00:00:00Z" }, "occurredAt"],
    ["agentExternalId", { agentExternalId: "" }, "agentExternalId"],
    ["unknown field", { colour: "blue" }, "colour"],
  ];
  for (const [name, patch, field] of wrong) {
    test(`${name} wrong → 422 listing ${field}, nothing stored`, async ({ request }) => {
      const body = contact(patch);
      const problem = await expectProblem(await post(request, "/api/v1/contacts", body), 422);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
      expect(await contactsWithExternalId(body.externalId)).toBe(0);
    });
  }

  test("another organisation's team → 422 unknown team", async ({ request }) => {
    const foreign = await createForeignOrganisation();
    const body = contact({ teamId: foreign.teamId });
    const problem = await expectProblem(await post(request, "/api/v1/contacts", body), 422);
    expect(problem.errors).toEqual([{ field: "teamId", message: "unknown team" }]);
    expect(await contactsWithExternalId(body.externalId)).toBe(0);
  });

  test("a body that is not JSON → 415, broken JSON → 400, nothing stored", async ({ request }) => {
    const body = contact();
    await expectProblem(
      await request.post("/api/v1/contacts", { headers: { ...auth(), "content-type": "text/plain" }, data: JSON.stringify(body) }),
      415,
    );
    await expectProblem(
      await request.post("/api/v1/contacts", {
        headers: { ...auth(), "content-type": "application/x-www-form-urlencoded" },
        form: { externalId: body.externalId },
      }),
      415,
    );
    await expectProblem(
      await request.post("/api/v1/contacts", {
        headers: { ...auth(), "content-type": "application/json" },
        data: Buffer.from(`{"externalId": "${body.externalId}",`),
      }),
      400,
    );
    expect(await contactsWithExternalId(body.externalId)).toBe(0);
  });

  test("201 then 200 with the same link for the same externalId; the URL is the server's /fr/r/<token>", async ({ request, baseURL }) => {
    const body = contact({ customerEmail: "Client@Example.com" });
    const first = await post(request, "/api/v1/contacts", body);
    expect(first.status()).toBe(201);
    const created = (await first.json()) as { id: string; url: string; expiresAt: string };
    expect(created.url.startsWith(`${baseURL}/`)).toBe(true);
    expect(new URL(created.url).pathname).toMatch(/^\/fr\/r\/[A-Za-z0-9_-]{22}$/);
    expect(new Date(created.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const second = await post(request, "/api/v1/contacts", { ...body, locale: "en" });
    expect(second.status()).toBe(200);
    expect(await second.json()).toEqual(created);
    expect(await contactsWithExternalId(body.externalId)).toBe(1);
  });

  test("teamExternalId works and English contacts get /en/ links", async ({ request }) => {
    expect(team.externalId, "every demo team has an external id").toBeTruthy();
    const response = await post(request, "/api/v1/contacts", contact({ teamId: undefined, teamExternalId: team.externalId, locale: "en" }));
    expect(response.status()).toBe(201);
    expect(new URL(((await response.json()) as { url: string }).url).pathname).toMatch(/^\/en\/r\/[A-Za-z0-9_-]{22}$/);
  });
});

test.describe("POST /api/v1/contacts/bulk", () => {
  test("stores valid rows, reports invalid ones by index and field, idempotent on a second send", async ({ request }) => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      i % 10 === 4 ? contact({ locale: "xx" }) : i % 10 === 8 ? contact({ momentOfTruth: "nope" }) : contact(),
    );
    const response = await post(request, "/api/v1/contacts/bulk", rows);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      created: number;
      existing: number;
      errors: Array<{ index: number; field: string }>;
      data: Array<{ index: number; url: string }>;
    };
    expect(body.created).toBe(40);
    expect(body.existing).toBe(0);
    expect(body.errors.map((e) => [e.index, e.field])).toEqual(
      rows.flatMap((_, i) => (i % 10 === 4 ? [[i, "locale"]] : i % 10 === 8 ? [[i, "momentOfTruth"]] : [])),
    );
    for (const [i, row] of rows.entries())
      expect(await contactsWithExternalId(row.externalId), `row ${i}`).toBe(i % 10 === 4 || i % 10 === 8 ? 0 : 1);
    const again = (await (await post(request, "/api/v1/contacts/bulk", { contacts: rows })).json()) as typeof body;
    expect([again.created, again.existing]).toEqual([0, 40]);
    expect(again.data.map((d) => d.url)).toEqual(body.data.map((d) => d.url));
  });

  test("10 000 rows in one call are all stored (throughput is logged, not asserted)", async ({ request }) => {
    const rows = Array.from({ length: 10_000 }, (_, i) => contact({ customerEmail: i % 3 ? undefined : `bulk${i}@example.com` }));
    const started = Date.now();
    const response = await post(request, "/api/v1/contacts/bulk", rows);
    const ms = Date.now() - started;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { created: number; errors: unknown[] };
    console.log(`[bench] HTTP bulk of 10 000 contacts: ${ms} ms → ${Math.round(10_000_000 / ms)} contacts/s`);
    expect([body.created, body.errors.length]).toEqual([10_000, 0]);
    expect(await contactsWithExternalId(rows[9_999]!.externalId)).toBe(1);
  });

  test("more than 10 000 rows or a non-array body → 422", async ({ request }) => {
    await expectProblem(await post(request, "/api/v1/contacts/bulk", { rows: [] }), 422);
    await expectProblem(
      await post(
        request,
        "/api/v1/contacts/bulk",
        Array.from({ length: 10_001 }, () => ({})),
      ),
      422,
    );
  });
});

test.describe("GET /api/v1/responses", () => {
  type Page = {
    data: Array<{ id: string; submittedAt: string; score: number; items: Record<string, number>; irritants: string[] }>;
    nextCursor: string | null;
  };
  test("pages with an opaque cursor, in (submittedAt, id) order, without overlap", async ({ request }) => {
    const seen: Page["data"] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 4; i++) {
      const response = await request.get(`/api/v1/responses?limit=3${cursor ? `&cursor=${cursor}` : ""}`, { headers: auth() });
      expect(response.status()).toBe(200);
      const page = (await response.json()) as Page;
      expect(page.data).toHaveLength(3);
      seen.push(...page.data);
      cursor = page.nextCursor;
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    expect(new Set(seen.map((r) => r.id)).size).toBe(12);
    const keys = seen.map((r) => `${r.submittedAt}|${r.id}`);
    expect([...keys].sort()).toEqual(keys);
    const big = (await (await request.get("/api/v1/responses?limit=12", { headers: auth() })).json()) as Page;
    expect(big.data.map((r) => r.id)).toEqual(seen.map((r) => r.id));
  });

  test("since filters; a future since is empty; bad parameters → 422 naming them", async ({ request }) => {
    const since = "2026-10-01T00:00:00Z";
    const page = (await (await request.get(`/api/v1/responses?since=${since}&limit=50`, { headers: auth() })).json()) as Page;
    for (const row of page.data) expect(Date.parse(row.submittedAt)).toBeGreaterThanOrEqual(Date.parse(since));
    const empty = (await (await request.get("/api/v1/responses?since=2099-01-01T00:00:00Z", { headers: auth() })).json()) as Page;
    expect(empty).toEqual({ data: [], nextCursor: null });
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=1001", "limit"],
      ["since=yesterday", "since"],
      ["cursor=@@@", "cursor"],
    ]) {
      const problem = await expectProblem(await request.get(`/api/v1/responses?${query}`, { headers: auth() }), 422);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    }
  });
});

test("openapi.json is public, parses and lists the v1 paths", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/v1/contacts", "/api/v1/contacts/bulk", "/api/v1/responses", "/api/v1/openapi.json"]),
  );
});
