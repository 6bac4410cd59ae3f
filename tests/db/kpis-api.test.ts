// Issue 15 §1 through the real route handler: POST /api/v1/kpis as JSON and as CSV (decimal
// commas, semicolons), all or nothing with each refused row named (CSV: by its line), the scopes
// (403, nothing stored, as documented), GET /api/v1/kpis for a team and its refusals.
import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/kpis/route";
import type { ApiScope } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { createDefaultKpis } from "@/lib/db/internal/kpis/create-default-kpis";
import { ZKpiImportResult, ZKpiSeries } from "@/lib/http/kpis-api-schemas";
import { openApiDocument } from "@/lib/http/openapi";
import { currentUtcMonth } from "@/lib/kpis/kpi-import-schema";
import { shiftMonth } from "@/lib/surveys/release-calendar";
import { keyedGet, keyedJson } from "./api-request";
import { createOrgFixture, type OrgFixture } from "./fixtures";

const URL_KPIS = "http://localhost/api/v1/kpis";
let org: OrgFixture;
let other: OrgFixture;
let full: string;
const month = shiftMonth(currentUtcMonth(), -1);
const earlier = shiftMonth(month, -1);

const keyWith = async (slug: string, scopes: readonly ApiScope[]) =>
  (await createApiKeyForOrganisation(slug, `key ${scopes.join(",")}`, scopes)).key;
const postCsv = (text: string, key = full) =>
  POST(new Request(URL_KPIS, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "text/csv" }, body: text }));
const postJson = (body: unknown, key = full) => POST(keyedJson(URL_KPIS, key, "POST", body));
const stored = () => db().operationalKpi.count({ where: { organisationId: org.organisationId } });

beforeAll(async () => {
  org = await createOrgFixture("kpi-api", 0);
  other = await createOrgFixture("kpi-api-b", 0);
  await createDefaultKpis(db(), org.organisationId);
  await createDefaultKpis(db(), other.organisationId);
  full = await keyWith("kpi-api", ["kpis:read", "kpis:write"]);
});

describe("POST /api/v1/kpis", () => {
  it("imports JSON rows by team id or key, then updates them when sent again (200 with counts)", async () => {
    const rows = [
      { team: "kpi-api-T1", month, kpi: "absenteeism", value: 4.5 },
      { team: org.teams.T2, month, kpi: "first_contact_resolution", value: 81 },
    ];
    const first = await postJson({ rows });
    expect(first.status).toBe(200);
    expect(ZKpiImportResult.parse(await first.json())).toEqual({ rows: 2, created: 2, updated: 0 });
    const again = await postJson(rows);
    expect(await again.json()).toEqual({ rows: 2, created: 0, updated: 2 });
    expect(await stored()).toBe(2);
  });

  it("imports CSV with semicolons and decimal commas", async () => {
    const response = await postCsv(
      `team;month;kpi;value\nkpi-api-T1;${earlier};absenteeism;5,25\n\nkpi-api-T3;${earlier};average_handling_time;300\n`,
    );
    expect(response.status).toBe(200);
    const value = await db().operationalKpi.findFirstOrThrow({
      where: { organisationId: org.organisationId, teamId: org.teams.T1, period: new Date(`${earlier}-01`) },
    });
    expect(value.value).toBe(5.25);
  });

  it("refuses a CSV with one bad row, naming its line, and stores nothing", async () => {
    const before = await stored();
    const response = await postCsv(`team,month,kpi,value\nkpi-api-T2,${earlier},absenteeism,3\n\nkpi-api-T2,${earlier},turnover,140\n`);
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      detail: string;
      errors: Array<{ index: number; field: string; code: string; message: string }>;
    };
    expect(body.detail).toBe("1 of 2 rows are invalid: nothing was imported.");
    expect(body.errors).toEqual([
      { index: 1, field: "value", code: "outOfRange", message: "line 4: is a rate: it must be between 0 and 100", unit: "PERCENT" },
    ]);
    expect(await stored()).toBe(before);
  });

  it.each<[string, string, RegExp]>([
    ["a missing column", "team,month,kpi\nx,2026-01,absenteeism", /lacks columns/],
    ["an unknown column", "team,month,kpi,value,comment\nx,2026-01,absenteeism,1,", /unknown columns/],
    ["an unclosed quote", `team,month,kpi,value\n"kpi-api-T1,${earlier},absenteeism,1`, /malformed/],
    ["no row", "team,month,kpi,value\n", /no row/],
  ])("refuses a CSV file with %s (422, nothing stored)", async (_name, text, detail) => {
    const before = await stored();
    const response = await postCsv(text);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { detail: string }).detail).toMatch(detail);
    expect(await stored()).toBe(before);
  });

  it.each<[string, unknown, number]>([
    ["a body that is not JSON", "{oops", 400],
    ["no row", { rows: [] }, 422],
    ["an object without rows", { data: [] }, 422],
    ["a month in the future", [{ team: "kpi-api-T1", month: shiftMonth(currentUtcMonth(), 2), kpi: "turnover", value: 1 }], 422],
    ["another organisation's team", [{ team: "kpi-api-b-T1", month, kpi: "turnover", value: 1 }], 422],
    [
      "a duplicate row",
      [
        { team: "kpi-api-T1", month, kpi: "turnover", value: 1 },
        { team: "kpi-api-T1", month, kpi: "turnover", value: 2 },
      ],
      422,
    ],
  ])("refuses %s (%i, nothing stored)", async (_name, body, status) => {
    const before = await stored();
    const response =
      typeof body === "string"
        ? await POST(
            new Request(URL_KPIS, {
              method: "POST",
              headers: { authorization: `Bearer ${full}`, "content-type": "application/json" },
              body,
            }),
          )
        : await postJson(body);
    expect(response.status).toBe(status);
    expect(await stored()).toBe(before);
  });

  it("needs the kpis:write scope, as documented (403, nothing stored)", async () => {
    const before = await stored();
    const readOnly = await keyWith("kpi-api", ["kpis:read", "history:import"]);
    expect((await postJson([{ team: "kpi-api-T1", month, kpi: "turnover", value: 1 }], readOnly)).status).toBe(403);
    expect(await stored()).toBe(before);
    const doc = openApiDocument() as { paths: Record<string, Record<string, { security: unknown }>> };
    expect(doc.paths["/api/v1/kpis"]!.post!.security).toEqual([{ apiKey: ["kpis:write"] }]);
    expect(doc.paths["/api/v1/kpis"]!.get!.security).toEqual([{ apiKey: ["kpis:read"] }]);
  });
});

describe("GET /api/v1/kpis", () => {
  it("answers a team's monthly values as documented", async () => {
    const response = await GET(keyedGet(`${URL_KPIS}?team=kpi-api-T1&from=${earlier}&to=${month}`, full));
    expect(response.status).toBe(200);
    const body = ZKpiSeries.parse(await response.json());
    expect(body.months).toEqual([earlier, month]);
    expect(body.kpis.find((k) => k.key === "absenteeism")!.values).toEqual([5.25, 4.5]);
  });

  it("refuses another organisation's team (404), a bad query (422) and a key without kpis:read (403)", async () => {
    expect((await GET(keyedGet(`${URL_KPIS}?team=${other.teams.T1}`, full))).status).toBe(404);
    expect((await GET(keyedGet(`${URL_KPIS}?team=kpi-api-T1&from=2026-13`, full))).status).toBe(422);
    expect((await GET(keyedGet(`${URL_KPIS}`, full))).status).toBe(422);
    expect((await GET(keyedGet(`${URL_KPIS}?team=kpi-api-T1`, await keyWith("kpi-api", ["kpis:write"])))).status).toBe(403);
  });
});
