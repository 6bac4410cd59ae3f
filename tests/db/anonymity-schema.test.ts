// Anonymity by construction (docs/anonymity.md, issue 4): the catalogue itself must make it
// impossible to tie an employee answer to a person or a precise time. Fails as soon as a
// response table gains a user/membership/participation column or foreign key, a time
// column, or an IP / user-agent-like column, or shares a column with PulseParticipation.
import { apiScopes } from "@/lib/auth/api-scopes";
import { describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { createApiKey } from "@/lib/db/api-keys/create-api-key";
import { insertEmployeeResponse } from "@/lib/db/pulses/insert-employee-response";
import { importResponses } from "@/lib/db/response-imports/import-responses";
import { createOrgFixture } from "./fixtures";

const RESPONSE_TABLES = ["EmployeeResponse", "EmployeeItemAnswer", "EmployeeResponseIrritant", "EmployeeResponseTheme"] as const;
const IDENTIFYING_TABLES = ["User", "Membership", "PulseParticipation", "EmployeeEvent", "ApiKey", "AuditLog"];
const IDENTIFYING_NAME =
  /user|member|particip|invit|person|employee_?id|email|ip|addr|agent|ua$|device|session|browser|cookie|token|created|updated|answered_?at|submitted|_at$|At$|time|stamp/i;

interface Column {
  table: string;
  column: string;
  type: string;
}

async function columns(tables: readonly string[]): Promise<Column[]> {
  return db().$queryRaw<Column[]>`
    SELECT table_name AS "table", column_name AS "column", data_type AS "type"
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ANY(${[...tables]}::text[])`;
}

describe("employee answer tables", () => {
  it("exist with the columns this test knows about", async () => {
    const found = await columns(RESPONSE_TABLES);
    expect(new Set(found.map((c) => c.table))).toEqual(new Set(RESPONSE_TABLES));
  });

  it("have no column typed as a time finer than a date (timestamp, time, interval)", async () => {
    const timed = (await columns(RESPONSE_TABLES)).filter((c) => /timestamp|time|interval/i.test(c.type));
    expect(timed).toEqual([]);
  });

  it("have no column whose name suggests a person, a contact point, a device or a time", async () => {
    const suspicious = (await columns(RESPONSE_TABLES)).filter((c) => IDENTIFYING_NAME.test(c.column) && c.column !== "period");
    expect(suspicious).toEqual([]);
  });

  it("have no column typed inet/cidr/macaddr", async () => {
    const network = (await columns(RESPONSE_TABLES)).filter((c) => /inet|cidr|macaddr/i.test(c.type));
    expect(network).toEqual([]);
  });

  it("have no foreign key to users, memberships, participations or events", async () => {
    const references = await db().$queryRaw<Array<{ source: string; target: string }>>`
      SELECT src.relname AS source, dst.relname AS target
      FROM pg_constraint c JOIN pg_class src ON src.oid = c.conrelid JOIN pg_class dst ON dst.oid = c.confrelid
      WHERE c.contype = 'f' AND src.relname = ANY(${[...RESPONSE_TABLES]}::text[])`;
    expect(references.length).toBeGreaterThan(0); // the query does see the legitimate keys
    expect(references.filter((r) => IDENTIFYING_TABLES.includes(r.target))).toEqual([]);
  });

  it("get a random UUID v4 as the response id, never a time-ordered one, on every write path", async () => {
    const org = await createOrgFixture("anon-ids", 0);
    const key = await createApiKey(org.actors.ADMIN, { name: "import", scopes: ["history:import"] });
    const answer = { score: 8, comment: null, suggestion: null, items: {}, irritantIds: [], irritantOther: null };
    for (let i = 0; i < 5; i++) {
      await db().$transaction((tx) =>
        insertEmployeeResponse(
          tx,
          {
            organisationId: org.organisationId,
            pulseId: null,
            eventType: "ONBOARDING",
            teamId: org.teams.T1,
            period: new Date("2026-10-01"),
          },
          answer,
        ),
      );
    }
    const imported = await importResponses(
      { kind: "apiKey", organisationId: org.organisationId, apiKeyId: key.id, name: key.name, scopes: apiScopes },
      Array.from({ length: 5 }, () => ({ side: "employee" as const, teamExternalId: "anon-ids-T2", period: "2025-03", score: 7 })),
    );
    expect(imported.errors).toEqual([]);
    const ids = (await db().employeeResponse.findMany({ where: { organisationId: org.organisationId }, select: { id: true } })).map(
      (row) => row.id,
    );
    expect(ids).toHaveLength(10);
    // Version nibble 4 and RFC 4122 variant: a v7 (time-ordered) id has a 7 here and sorts by time.
    for (const id of ids) expect(id, id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("share no column with PulseParticipation except pulseId and organisationId", async () => {
    const participation = new Set((await columns(["PulseParticipation"])).map((c) => c.column));
    expect(participation.size).toBeGreaterThan(0);
    const shared = (await columns(RESPONSE_TABLES)).map((c) => c.column).filter((c) => participation.has(c));
    expect(new Set(shared)).toEqual(new Set(["organisationId", "pulseId"].filter((c) => shared.includes(c))));
    expect(shared.every((c) => c === "organisationId" || c === "pulseId")).toBe(true);
  });
});
