// The response import's pure parts: the CSV reader (header, delimiters, BOM, empty cells,
// items and irritants, structure errors) feeds the row schema the same values a JSON body
// would, and openapi.json describes both endpoints and both media types.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/http/openapi";
import { currentMonth, ZImportResponseRow, ZImportResponsesEnvelope } from "@/lib/surveys/import-response-schema";
import { currentParisMonth } from "@/lib/surveys/release-calendar";
import { readResponsesCsv } from "@/lib/surveys/import-responses-csv";

function rows(csv: string) {
  const read = readResponsesCsv(csv);
  if (!read.ok) throw new Error(`refused: ${read.detail} ${JSON.stringify(read.errors)}`);
  return read.value.rows;
}

describe("readResponsesCsv", () => {
  it("turns rows into the JSON API's objects: numbers, items by dimension, irritants split on |, empty cells absent", () => {
    const csv =
      'Side;TEAMEXTERNALID;period;score;item.ecoute;item.sens;irritants;comment;channel\r\ncustomer; T-1 ;2025-03;9;4;;wait| slow |;" a; b ";phone\r\n';
    expect(rows(csv)).toEqual([
      {
        side: "customer",
        teamExternalId: "T-1",
        period: "2025-03",
        score: 9,
        items: { ecoute: 4 },
        irritants: ["wait", "slow"],
        comment: "a; b",
        channel: "phone",
      },
    ]);
    for (const row of rows(csv)) expect(ZImportResponseRow.safeParse(row).success).toBe(true);
  });

  it("reads commas and a BOM, drops trailing blank lines but keeps a blank one in the middle", () => {
    expect(rows("\uFEFFside,teamExternalId,period,score\nemployee,T,2025-01,7\n\nemployee,T,2025-01,x\n\n\n")).toEqual([
      { side: "employee", teamExternalId: "T", period: "2025-01", score: 7 },
      {},
      { side: "employee", teamExternalId: "T", period: "2025-01", score: "x" },
    ]);
  });

  it("keeps what the schema must refuse as it is (a decimal score, a word)", () => {
    const [row] = rows("side,teamExternalId,period,score,item.ecoute\ncustomer,T,2025-01,7.5,bien\n");
    expect(row).toMatchObject({ score: 7.5, items: { ecoute: "bien" } });
    const issues = ZImportResponseRow.safeParse(row).error?.issues.map((issue) => issue.path.join("."));
    expect(issues).toEqual(["score", "items.ecoute"]);
  });

  it("refuses an empty file, and a header with unknown, duplicate or missing columns", () => {
    expect(readResponsesCsv("\uFEFF \n")).toMatchObject({ ok: false, errors: [] });
    const read = readResponsesCsv("side,team,period,period,item.a,ITEM.a\n");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      { field: "team", message: "unknown column" },
      { field: "period", message: "duplicate column" },
      { field: "ITEM.a", message: "duplicate column" },
      { field: "teamExternalId", message: "missing column" },
      { field: "score", message: "missing column" },
    ]);
  });

  it("refuses a file whose structure is broken, naming each line", () => {
    const read = readResponsesCsv('side,teamExternalId,period,score\ncustomer,T,2025-01,7,extra\ncustomer,T,2025-01,"7\n');
    expect(read).toEqual({
      ok: false,
      detail: expect.any(String),
      errors: [
        { index: 0, field: "", message: "line 2: has 5 values but the header has 4 columns" },
        { index: 1, field: "", message: "line 3: a quoted value is not closed properly" },
      ],
    });
  });
});

describe("the row schema and the envelope", () => {
  it("accepts this month for customer history, refuses the next", () => {
    const now = new Date();
    const next = currentMonth(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));
    const row = { side: "customer", teamExternalId: "T", score: 5 };
    expect(ZImportResponseRow.safeParse({ ...row, period: currentMonth() }).success).toBe(true);
    expect(ZImportResponseRow.safeParse({ ...row, period: next }).error?.issues[0]).toMatchObject({
      path: ["period"],
      message: "must not be in the future",
    });
  });

  it("takes employee history of ended months only (Paris calendar)", () => {
    const row = { side: "employee", teamExternalId: "T", score: 5 };
    const [year, month] = currentParisMonth().split("-").map(Number) as [number, number];
    const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
    expect(ZImportResponseRow.safeParse({ ...row, period: previous }).success).toBe(true);
    expect(ZImportResponseRow.safeParse({ ...row, period: currentParisMonth() }).error?.issues[0]).toMatchObject({
      path: ["period"],
      message: "employee history must be of a month that has ended: this month's answers come from live pulses",
    });
    // 1 December 2026 at 00:30 in Paris is still 30 November in UTC: the Paris month decides.
    expect(currentParisMonth(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12");
  });

  it("takes an array or { rows }, at most 10 000", () => {
    expect(ZImportResponsesEnvelope.parse([1])).toEqual([1]);
    expect(ZImportResponsesEnvelope.parse({ rows: [1, 2] })).toEqual([1, 2]);
    expect(ZImportResponsesEnvelope.safeParse({ rows: new Array(10_001).fill({}) }).error?.issues[0]?.message).toBe(
      "at most 10000 rows per call",
    );
    expect(ZImportResponsesEnvelope.safeParse({ data: [] }).success).toBe(false);
  });
});

describe("openapi.json: response import", () => {
  type Json = Record<string, unknown>;
  const doc = JSON.parse(JSON.stringify(openApiDocument())) as {
    paths: Record<string, Record<string, Json>>;
    components: { schemas: Record<string, Json> };
  };

  it("documents POST with JSON and CSV bodies and its Idempotency-Key, and DELETE by importId", () => {
    const post = doc.paths["/api/v1/import/responses"]!.post as {
      requestBody: { content: Record<string, Json> };
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    expect(Object.keys(post.requestBody.content).sort()).toEqual(["application/json", "text/csv"]);
    expect(Object.keys(post.responses).sort()).toEqual(["200", "201", "400", "401", "403", "413", "415", "422", "429", "500"]);
    // 200 is the replay of a retry carrying an Idempotency-Key already used for the same rows.
    expect((post as unknown as { parameters: Json[] }).parameters).toEqual([
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: false }),
    ]);
    for (const status of ["401", "413", "415", "422"])
      expect(Object.keys(post.responses[status]!.content!)).toEqual(["application/problem+json"]);
    const del = doc.paths["/api/v1/import/responses/{importId}"]!.delete as { parameters: Json[]; responses: Json };
    expect(del.parameters).toEqual([expect.objectContaining({ name: "importId", in: "path", required: true })]);
    expect(Object.keys(del.responses).sort()).toEqual(["204", "401", "403", "404", "429", "500"]);
  });

  it("describes both sides' rows; employee rows have no channel, locale or moment of truth", () => {
    const row = doc.components.schemas.ImportResponseRow as {
      oneOf: Array<{ properties: Json; required: string[]; additionalProperties: boolean }>;
    };
    const [customer, employee] = row.oneOf;
    expect(customer!.required.sort()).toEqual(["period", "score", "side", "teamExternalId"]);
    expect(Object.keys(customer!.properties).sort()).toEqual([
      "channel",
      "comment",
      "irritants",
      "items",
      "locale",
      "momentOfTruth",
      "period",
      "score",
      "side",
      "teamExternalId",
    ]);
    expect(Object.keys(employee!.properties).sort()).toEqual([
      "comment",
      "irritants",
      "items",
      "period",
      "score",
      "side",
      "teamExternalId",
    ]);
    expect(employee!.additionalProperties).toBe(false);
  });

  it("says imported customer responses have no contact", () => {
    const response = doc.components.schemas.CustomerResponse as { properties: Record<string, { anyOf?: Json[] }> };
    expect(response.properties.contactId!.anyOf).toContainEqual({ type: "null" });
  });
});
