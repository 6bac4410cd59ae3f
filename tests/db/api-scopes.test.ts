// Issue 11 §5 through the real route handlers: a key without a route's scope gets 403 with a
// plain message and nothing is stored (every write route), a read route refuses without its
// scope, and a key holding exactly that one scope gets through.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postBulk } from "@/app/api/v1/contacts/bulk/route";
import { POST as postContact } from "@/app/api/v1/contacts/route";
import { POST as postEvent } from "@/app/api/v1/employee-events/route";
import { DELETE as deleteImport } from "@/app/api/v1/import/responses/[importId]/route";
import { POST as postImport } from "@/app/api/v1/import/responses/route";
import { GET as getResponses } from "@/app/api/v1/responses/route";
import { GET as getSymmetry } from "@/app/api/v1/symmetry/route";
import { GET as getTeams, PUT as putTeams } from "@/app/api/v1/teams/route";
import { GET as getPeople, PUT as putPeople } from "@/app/api/v1/people/route";
import { apiScopes, type ApiScope } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import type { RouteContext } from "@/lib/http/api-route";
import { openApiDocument } from "@/lib/http/openapi";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { addEmployeeMoments } from "./moment-fixtures";

const BASE = "http://localhost/api/v1";
let org: OrgFixture;
let importId: string;

const keyWith = async (scopes: readonly ApiScope[]) =>
  (await createApiKeyForOrganisation("scopes", `key ${scopes.join(",")}`.slice(0, 100), scopes)).key;
const allBut = (scope: ApiScope) => apiScopes.filter((other) => other !== scope);

type Handler = (request: Request, context?: RouteContext) => Promise<Response>;
interface Call {
  handler: Handler;
  request: (key: string) => Request;
  context?: () => RouteContext;
}

const json =
  (path: string, body: unknown, method = "POST") =>
  (key: string) =>
    new Request(`${BASE}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
const bare =
  (path: string, method = "GET") =>
  (key: string) =>
    new Request(`${BASE}${path}`, { method, headers: { authorization: `Bearer ${key}` } });

/** Everything a refused write could have left behind. */
async function stored() {
  const where = { organisationId: org.organisationId };
  const client = db();
  const [contacts, events, imports, customer, employee, teams, people] = await Promise.all([
    client.contact.count({ where }),
    client.employeeEvent.count({ where }),
    client.responseImport.count({ where }),
    client.customerResponse.count({ where }),
    client.employeeResponse.count({ where }),
    client.team.count({ where }),
    client.membership.count({ where }),
  ]);
  return { contacts, events, imports, customer, employee, teams, people };
}

beforeAll(async () => {
  org = await createOrgFixture("scopes", 0);
  await addEmployeeMoments(org.organisationId);
  const full = await keyWith(apiScopes);
  const made = await postImport(
    json("/import/responses", [{ side: "customer", teamExternalId: "scopes-T1", period: "2025-01", score: 9 }])(full),
  );
  expect(made.status).toBe(201);
  importId = ((await made.json()) as { importId: string }).importId;
});

const contact = () => ({ teamId: org.teams.T1, channel: "phone", momentOfTruth: "complaint", locale: "fr" });
const writes: Array<[string, ApiScope, () => Call]> = [
  ["POST /contacts", "contacts:write", () => ({ handler: postContact, request: json("/contacts", contact()) })],
  ["POST /contacts/bulk", "contacts:write", () => ({ handler: postBulk, request: json("/contacts/bulk", { contacts: [contact()] }) })],
  [
    "POST /employee-events",
    "events:write",
    () => ({
      handler: postEvent,
      request: json("/employee-events", { email: "employee@scopes.test", type: "onboarding", occurredAt: "2026-11-02T09:00:00Z" }),
    }),
  ],
  [
    "POST /import/responses",
    "history:import",
    () => ({
      handler: postImport,
      request: json("/import/responses", [{ side: "employee", teamExternalId: "scopes-T1", period: "2025-02", score: 3 }]),
    }),
  ],
  [
    "PUT /teams",
    "directory:write",
    () => ({
      handler: putTeams,
      request: json("/teams", { teams: [{ externalId: "scopes-NEW", name: "Nouvelle", parentExternalId: null }] }, "PUT"),
    }),
  ],
  [
    "PUT /people",
    "directory:write",
    () => ({
      handler: putPeople,
      request: json(
        "/people",
        {
          people: [
            {
              externalId: "scopes-P1",
              email: "scopes-p1@example.test",
              givenName: "Pia",
              familyName: "Scope",
              teamExternalId: null,
              role: "EMPLOYEE",
            },
          ],
        },
        "PUT",
      ),
    }),
  ],
  [
    "DELETE /import/responses/{importId}",
    "history:import",
    () => ({
      handler: deleteImport,
      request: bare(`/import/responses/${importId}`, "DELETE"),
      context: () => ({ params: Promise.resolve({ importId }) }),
    }),
  ],
];

/** The scope the OpenAPI document announces for "METHOD /path" (paths relative to /api/v1). */
function documentedScope(route: string): unknown {
  const [method, path] = route.split(" ") as [string, string];
  const paths = openApiDocument().paths as Record<string, Record<string, { security?: unknown }>>;
  return paths[`/api/v1${path.split("?")[0]}`]?.[method.toLowerCase()]?.security;
}

describe("write routes refuse a key without their scope, storing nothing", () => {
  it.each(writes)("%s needs %s", async (route, scope, call) => {
    const { handler, request, context } = call();
    const before = await stored();
    const response = await handler(request(await keyWith(allBut(scope))), context?.());
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = (await response.json()) as { detail: string };
    expect(body.detail).toContain(`"${scope}" scope`);
    expect(body.detail).toContain("Settings → API keys");
    expect(await stored()).toEqual(before);
    expect(documentedScope(route)).toEqual([{ apiKey: [scope] }]);
  });

  it.each(writes)("%s works with %s alone", async (_, scope, call) => {
    const { handler, request, context } = call();
    const response = await handler(request(await keyWith([scope])), context?.());
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
  });
});

describe("read routes refuse a key without their scope", () => {
  const reads: Array<[string, ApiScope, Handler, string]> = [
    ["GET /symmetry", "results:read", getSymmetry, "/symmetry"],
    ["GET /responses", "responses:read", getResponses, "/responses?limit=1"],
    ["GET /teams", "directory:write", getTeams, "/teams"],
    ["GET /people", "directory:write", getPeople, "/people"],
  ];
  it.each(reads)("%s needs %s", async (route, scope, handler, path) => {
    const refused = await handler(bare(path)(await keyWith(allBut(scope))));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toContain(`"${scope}" scope`);
    expect((await handler(bare(path)(await keyWith([scope])))).status).toBe(200);
    expect(documentedScope(route)).toEqual([{ apiKey: [scope] }]);
  });
});
