// Issue 14 §6 through the real route handlers: GET/POST /api/v1/actions and PATCH
// /api/v1/actions/{id} — the scopes (403, nothing stored), another organisation's id (404),
// garbage and invalid bodies (400/422, nothing stored), a status that skips a step, and the
// answers' shapes against the documented schemas.
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchRoute } from "@/app/api/v1/actions/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/actions/route";
import type { ApiScope } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { ZActionDetail, ZActionsPage } from "@/lib/http/actions-api-schemas";
import { openApiDocument } from "@/lib/http/openapi";
import { actionRowCounts, createActionOrg, dayFromToday, type ActionOrgFixture } from "./action-fixtures";
import { keyedGet, keyedJson } from "./api-request";

const BASE = "http://localhost/api/v1";
let a: ActionOrgFixture;
let b: ActionOrgFixture;
let full: string;
let bActionId: string;

const keyWith = async (slug: string, scopes: readonly ApiScope[]) =>
  (await createApiKeyForOrganisation(slug, `key ${scopes.join(",")}`, scopes)).key;
const create = (body: unknown, key = full) => createRoute(keyedJson(`${BASE}/actions`, key, "POST", body));
const patch = (id: string, body: unknown, key = full) =>
  patchRoute(keyedJson(`${BASE}/actions/${id}`, key, "PATCH", body), { params: Promise.resolve({ id }) });
const list = (query = "", key = full) => listRoute(keyedGet(`${BASE}/actions${query}`, key));

beforeAll(async () => {
  a = await createActionOrg("api-act-a");
  b = await createActionOrg("api-act-b");
  full = await keyWith("api-act-a", ["actions:read", "actions:write"]);
  const made = await create({ title: "B", teamId: b.teams.T1 }, await keyWith("api-act-b", ["actions:write"]));
  bActionId = ((await made.json()) as { id: string }).id;
});

describe("POST /api/v1/actions", () => {
  it("creates an action with an owner in another department and a budget in euros (201)", async () => {
    const response = await create({
      title: "Casques pour le centre d'appels",
      teamId: a.teams.T1,
      ownerId: a.it.membershipId,
      budgetEuros: 420.5,
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(await db().action.findUniqueOrThrow({ where: { id } })).toMatchObject({
      budgetCents: 42_050,
      createdById: null,
      status: "PROPOSED",
    });
  });

  it.each<[string, unknown, number]>([
    ["a body that is not JSON", "{oops", 400],
    ["a past due date", { title: "x", teamId: "T", dueDate: dayFromToday(-1) }, 422],
    ["a negative budget", { title: "x", teamId: "T", budgetEuros: -1 }, 422],
    ["an owner of another organisation", { title: "x", teamId: "T", ownerId: "B" }, 422],
    ["another organisation's team", { title: "x", teamId: "BT" }, 422],
    ["an array", [1, 2], 422],
  ])("refuses %s (%i) and stores nothing", async (_label, raw, status) => {
    const body =
      typeof raw === "object" && raw !== null && !Array.isArray(raw)
        ? Object.fromEntries(
            Object.entries(raw).map(([k, v]) => [
              k,
              v === "T" ? a.teams.T1 : v === "BT" ? b.teams.T1 : v === "B" ? b.actors.EMPLOYEE.membershipId : v,
            ]),
          )
        : raw;
    const before = await actionRowCounts(a.organisationId);
    const request =
      typeof raw === "string"
        ? new Request(`${BASE}/actions`, {
            method: "POST",
            headers: { authorization: `Bearer ${full}`, "content-type": "application/json" },
            body: raw,
          })
        : keyedJson(`${BASE}/actions`, full, "POST", body);
    const response = await createRoute(request);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    if (status === 422) expect(((await response.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    expect(await actionRowCounts(a.organisationId)).toEqual(before);
  });

  it("needs actions:write (403, nothing stored)", async () => {
    const readOnly = await keyWith("api-act-a", ["actions:read"]);
    const before = await actionRowCounts(a.organisationId);
    const response = await create({ title: "x", teamId: a.teams.T1 }, readOnly);
    expect(response.status).toBe(403);
    expect(await actionRowCounts(a.organisationId)).toEqual(before);
  });
});

describe("GET /api/v1/actions", () => {
  it("lists the organisation's actions in the documented shape, filtered, and none of another organisation", async () => {
    const response = await list("?status=PROPOSED&limit=10");
    expect(response.status).toBe(200);
    const page = ZActionsPage.parse(await response.json());
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.map((row) => row.id)).not.toContain(bActionId);
    expect((await list(`?teamId=${b.teams.T1}`)).status).toBe(404);
    expect((await list("?status=LATE")).status).toBe(422);
    expect((await list("?mine=true")).status).toBe(422);
  });

  it("needs actions:read", async () => {
    expect((await list("", await keyWith("api-act-a", ["actions:write"]))).status).toBe(403);
  });
});

describe("PATCH /api/v1/actions/{id}", () => {
  let id: string;
  beforeAll(async () => {
    id = ((await (await create({ title: "Refaire l'accueil", teamId: a.teams.T2, dueDate: dayFromToday(10) })).json()) as { id: string })
      .id;
  });

  it("changes fields, moves the status one step and records spending in one call (200, documented shape)", async () => {
    const response = await patch(id, { title: "Refaire l'accueil client", status: "PLANNED", spentEuros: "99,90" });
    expect(response.status).toBe(200);
    const detail = ZActionDetail.parse(await response.json());
    expect(detail).toMatchObject({
      title: "Refaire l'accueil client",
      status: "PLANNED",
      spentCents: 9990,
      nextStatuses: ["IN_PROGRESS", "DROPPED"],
    });
    expect(detail.history.at(-1)).toMatchObject({
      actorName: null,
      apiKeyName: expect.stringContaining("actions:read"),
      changes: { spentCents: [0, 9990] },
    });
  });

  it("refuses a status that skips a step, with a field error, and stores nothing (not even the other fields)", async () => {
    const before = await actionRowCounts(a.organisationId);
    const response = await patch(id, { title: "Autre titre", status: "MEASURED" });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors).toEqual([
      { field: "status", message: "a status cannot skip a step: from planned the next step is in progress or dropped" },
    ]);
    expect(await actionRowCounts(a.organisationId)).toEqual(before);
    expect((await db().action.findUniqueOrThrow({ where: { id } })).title).toBe("Refaire l'accueil client");
  });

  it("refuses garbage (422) and unknown fields, and answers 404 for another organisation's or a malformed id", async () => {
    const before = await actionRowCounts(a.organisationId);
    expect((await patch(id, { spentEuros: -4 })).status).toBe(422);
    expect((await patch(id, { colour: "red" })).status).toBe(422);
    expect((await patch(id, "status")).status).toBe(422);
    expect((await patch(bActionId, { title: "pris" })).status).toBe(404);
    expect((await patch("nope", { title: "pris" })).status).toBe(404);
    expect(await actionRowCounts(a.organisationId)).toEqual(before);
    expect((await db().action.findUniqueOrThrow({ where: { id: bActionId } })).title).toBe("B");
  });

  it("needs actions:write", async () => {
    expect((await patch(id, { title: "x" }, await keyWith("api-act-a", ["actions:read"]))).status).toBe(403);
  });
});

it("documents the routes with their scopes and the four webhook events", () => {
  const document = openApiDocument() as {
    paths: Record<string, Record<string, { security?: unknown }>>;
    webhooks: Record<string, unknown>;
  };
  expect(document.paths["/api/v1/actions"]!.get!.security).toEqual([{ apiKey: ["actions:read"] }]);
  expect(document.paths["/api/v1/actions"]!.post!.security).toEqual([{ apiKey: ["actions:write"] }]);
  expect(document.paths["/api/v1/actions/{id}"]!.patch!.security).toEqual([{ apiKey: ["actions:write"] }]);
  expect(Object.keys(document.webhooks).sort()).toEqual([
    "action.created",
    "action.status_changed",
    "followup.assigned",
    "followup.closed",
  ]);
});
