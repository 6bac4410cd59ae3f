// A NUL (U+0000) in a body of the REST API or of SCIM is refused 400 by the shared body readers
// (lib/http/api-route.ts, lib/http/scim-route.ts; lib/http/nul-character.ts), before any query:
// PostgreSQL text cannot hold it, and the fuzz's SCIM POST /Groups with one was a 500 (22021).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postKpis } from "@/app/api/v1/kpis/route";
import { PUT as putTeams } from "@/app/api/v1/teams/route";
import { apiScopes } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { NUL_DETAIL } from "@/lib/http/nul-character";
import { db } from "@/tests/db/owner-db";
import { keyedJson } from "./api-request";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { GROUP, scimOrganisation, type scimClient } from "./scim-request";

let org: OrgFixture;
let key: string;
let scim: ReturnType<typeof scimClient>;
let scimOrganisationId: string;

beforeAll(async () => {
  org = await createOrgFixture("nul-api", 0);
  key = (await createApiKeyForOrganisation("nul-api", "nul", apiScopes)).key;
  ({ organisationId: scimOrganisationId, scim } = await scimOrganisation("nul-scim"));
});

const teams = (organisationId: string) => db().team.count({ where: { organisationId } });

describe("REST API bodies", () => {
  it("a NUL in a JSON string or key → 400 problem+json with a clear detail, nothing stored", async () => {
    const before = await teams(org.organisationId);
    const bodies = [
      { teams: [{ externalId: "T1", name: "a\u0000b", parentExternalId: null }] },
      { teams: [{ externalId: "T1", name: "Équipe", parentExternalId: null, "\u0000": 1 }] },
    ];
    for (const body of bodies) {
      const response = await putTeams(keyedJson("http://localhost/api/v1/teams", key, "PUT", body));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(((await response.json()) as { detail: string }).detail).toBe(NUL_DETAIL);
    }
    expect(await teams(org.organisationId)).toBe(before);
  });

  it("a NUL in a CSV body → 400", async () => {
    const response = await postKpis(
      new Request("http://localhost/api/v1/kpis", {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "text/csv" },
        body: "kpi,month,value\nchurn\u0000,2026-01,3\n",
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toBe(NUL_DETAIL);
  });
});

describe("SCIM bodies", () => {
  it("a NUL in a group's name or a member's value → 400 in the SCIM error format, nothing stored", async () => {
    const before = await teams(scimOrganisationId);
    for (const body of [
      { schemas: [GROUP], displayName: "a\u0000b" },
      { schemas: [GROUP], displayName: "Ventes", members: [{ value: "\u0000" }] },
    ]) {
      const response = await scim.createGroup(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ status: "400", scimType: "invalidValue", detail: NUL_DETAIL });
    }
    expect(await teams(scimOrganisationId)).toBe(before);
  });
});
