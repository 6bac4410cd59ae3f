// Every hand-written CHECK constraint of the migrations, at its boundaries: the last accepted
// value passes, the first refused one fails with that constraint's name. A constraint added
// without cases here fails the first test. Each statement runs in a transaction rolled back.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/tests/db/owner-db";
import { addCustomerAnswers, addEmployeeAnswers, createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";

let org: DashboardOrg;
let ids: { customer: string; employee: string; import: string };

type Case = [sql: string, params: (o: DashboardOrg) => unknown[]];
const org1 = (o: DashboardOrg) => [o.organisationId];
const organisation = (set: string): Case => [`UPDATE "Organisation" SET ${set} WHERE id = $1`, org1];
const customer = (set: string): Case => [`UPDATE "CustomerResponse" SET ${set} WHERE id = $1`, () => [ids.customer]];
const employee = (set: string): Case => [`UPDATE "EmployeeResponse" SET ${set} WHERE id = $1`, () => [ids.employee]];
const item = (table: string, value: number): Case => [`UPDATE "${table}" SET value = ${value} WHERE "organisationId" = $1`, org1];
const batch = (side: string, customerRows: number, employeeRows: number): Case => [
  `INSERT INTO "ResponseImport" (id, "organisationId", side, "customerRows", "employeeRows") VALUES (gen_random_uuid(), $1, ${side}, ${customerRows}, ${employeeRows})`,
  org1,
];

const apiKey = (scopes: string): Case => [
  `INSERT INTO "ApiKey" (id, "organisationId", name, prefix, "keyHash", scopes) VALUES (gen_random_uuid(), $1, 'k', 'sym_test', sha256(gen_random_uuid()::text::bytea), ${scopes})`,
  org1,
];

const apiKeyLimit = (perMinute: string): Case => [
  `INSERT INTO "ApiKey" (id, "organisationId", name, prefix, "keyHash", scopes, "requestsPerMinute") VALUES (gen_random_uuid(), $1, 'k', 'sym_test', sha256(gen_random_uuid()::text::bytea), ARRAY[]::text[], ${perMinute})`,
  org1,
];

const accountToken = (hash: string): Case => [
  `INSERT INTO "AccountToken" (id, "organisationId", "userId", purpose, "tokenHash", "expiresAt")
   VALUES (gen_random_uuid(), $1, $2, 'INVITATION', ${hash}, now() + interval '7 days')`,
  (o) => [o.organisationId, o.actors.HR.userId],
];
const setupToken = (id: number, hash: string): Case => [
  `INSERT INTO "InstanceSetupToken" (id, "tokenHash") VALUES (${id}, ${hash})`,
  () => [],
];
const SHA256 = `encode(sha256('t'::bytea), 'hex')`;
const scimToken = (hash: string): Case => [
  `INSERT INTO "ScimToken" (id, "organisationId", name, prefix, "tokenHash") VALUES (gen_random_uuid(), $1, 't', 'scim_', ${hash})`,
  org1,
];

// Issue 13: the reminder plan, the moments' triggers, the wording and the email templates.
const pulse = (reminderDays: string): Case => [
  `INSERT INTO "Pulse" (id, "organisationId", "seriesId", name, "opensAt", "closesAt", "reminderDays")
   VALUES (gen_random_uuid(), $1, gen_random_uuid(), 'p', now(), now() + interval '30 days', ${reminderDays})`,
  org1,
];
const participation = (sent: number): Case => [
  `WITH p AS (INSERT INTO "Pulse" (id, "organisationId", "seriesId", name, "opensAt", "closesAt")
     VALUES (gen_random_uuid(), $1, gen_random_uuid(), 'p', now(), now() + interval '30 days') RETURNING id)
   INSERT INTO "PulseParticipation" ("organisationId", "pulseId", "membershipId", "remindersSent") SELECT $1, p.id, $2, ${sent} FROM p`,
  (o) => [o.organisationId, o.actors.EMPLOYEE.membershipId],
];
const employeeMoment = (triggers: boolean, delay: string, employeeMomentId = "NULL"): Case => [
  `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn", "triggersPulse", "pulseDelayDays", "employeeMomentId")
   VALUES (gen_random_uuid(), $1, 'EMPLOYEE', 'k_' || left(md5(random()::text), 8), 'a', 'b', ${triggers}, ${delay}, ${employeeMomentId})`,
  org1,
];
const customerMoment = (set: string): Case => [`UPDATE "MomentOfTruth" SET ${set} WHERE id = $1`, (o) => [o.mots.complaint]];
const wording = (column: string, length: number): Case => [
  `INSERT INTO "SurveyWording" (id, "organisationId", locale, side, "${column}", "updatedAt") VALUES (gen_random_uuid(), $1, 'fr', 'CUSTOMER', repeat('a', ${length}), now())`,
  org1,
];
const template = (subject: number, body: number): Case => [
  `INSERT INTO "EmailTemplate" (id, "organisationId", kind, locale, subject, body, "updatedAt")
   VALUES (gen_random_uuid(), $1, 'SURVEY_LINK', 'fr', repeat('s', ${subject}), repeat('b', ${body}), now())`,
  org1,
];
const suppression = (email: string): Case => [`INSERT INTO "EmailSuppression" ("organisationId", email) VALUES ($1, ${email})`, org1];

// Issue 14: actions, their budget, done date, publication and comments.
const action = (columns: string, values: string): Case => [
  `INSERT INTO "Action" (id, "organisationId", "teamId", title, "updatedAt"${columns}) VALUES (gen_random_uuid(), $1, $2, 't', now()${values})`,
  (o) => [o.organisationId, o.teams.T1],
];
const actionTitle = (length: number): Case => [
  `INSERT INTO "Action" (id, "organisationId", "teamId", title, "updatedAt") VALUES (gen_random_uuid(), $1, $2, repeat('t', ${length}), now())`,
  (o) => [o.organisationId, o.teams.T1],
];
const actionDone = (status: string, doneAt: string) => action(`, status, "doneAt"`, `, '${status}', ${doneAt}`);
const actionComment = (length: number): Case => [
  `WITH a AS (INSERT INTO "Action" (id, "organisationId", "teamId", title, "updatedAt") VALUES (gen_random_uuid(), $1, $2, 't', now()) RETURNING id)
   INSERT INTO "ActionComment" (id, "organisationId", "actionId", body) SELECT gen_random_uuid(), $1, a.id, repeat('c', ${length}) FROM a`,
  (o) => [o.organisationId, o.teams.T1],
];

// Issue 14: follow-up notes and history, the toolbox budget, a team's irritant notes.
const followUpNote = (length: number): Case => [
  `INSERT INTO "FollowUp" (id, "organisationId", "teamId", "responseId", note) VALUES (gen_random_uuid(), $1, $2, $3, repeat('n', ${length}))`,
  (o) => [o.organisationId, o.teams.T1, ids.customer],
];
const followUpEvent = (length: number): Case => [
  `WITH f AS (INSERT INTO "FollowUp" (id, "organisationId", "teamId", "responseId") VALUES (gen_random_uuid(), $1, $2, $3) RETURNING id)
   INSERT INTO "FollowUpEvent" (id, "organisationId", "followUpId", kind, body) SELECT gen_random_uuid(), $1, f.id, 'NOTE', repeat('b', ${length}) FROM f`,
  (o) => [o.organisationId, o.teams.T1, ids.customer],
];
const budget = (year: number, amount: number): Case => [
  `INSERT INTO "ToolboxBudget" (id, "organisationId", year, "amountCents", "updatedAt") VALUES (gen_random_uuid(), $1, ${year}, ${amount}, now())`,
  org1,
];
const allocation = (amount: number): Case => [
  `WITH b AS (INSERT INTO "ToolboxBudget" (id, "organisationId", year, "amountCents", "updatedAt") VALUES (gen_random_uuid(), $1, 2026, 100, now()) RETURNING id)
   INSERT INTO "ToolboxAllocation" ("organisationId", "budgetId", "teamId", "amountCents") SELECT $1, b.id, $2, ${amount} FROM b`,
  (o) => [o.organisationId, o.teams.T1],
];
const reportMonth = (month: string): Case => [
  `UPDATE "Membership" SET "monthlyReportMonth" = '${month}' WHERE id = (SELECT id FROM "Membership" WHERE "organisationId" = $1 LIMIT 1)`,
  org1,
];
const teamIrritantNote = (length: number): Case => [
  `INSERT INTO "TeamIrritant" ("organisationId", "teamId", "irritantId", source, note)
   VALUES ($1, $2, (SELECT id FROM "Irritant" WHERE "organisationId" = $1 ORDER BY id LIMIT 1), 'WORKSHOP', repeat('n', ${length}))`,
  (o) => [o.organisationId, o.teams.T1],
];
// Issue 15 §1: KPI definitions and their values.
const kpiDefinition = (columns = "", values = "", key = `'k_' || left(md5(random()::text), 8)`, names = `'Nom', 'Name'`): Case => [
  `INSERT INTO "KpiDefinition" (id, "organisationId", key, "nameFr", "nameEn", unit, "higherIsBetter"${columns})
   VALUES (gen_random_uuid(), $1, ${key}, ${names}, 'PERCENT', true${values})`,
  org1,
];
const kpiKey = (key: string) => kpiDefinition("", "", key);
const kpiNames = (names: string) => kpiDefinition("", "", undefined, names);
const kpiValue = (period: string, value: string): Case => [
  `WITH d AS (INSERT INTO "KpiDefinition" (id, "organisationId", key, "nameFr", "nameEn", unit, "higherIsBetter")
     VALUES (gen_random_uuid(), $1, 'v_' || left(md5(random()::text), 8), 'Nom', 'Name', 'NUMBER', true) RETURNING id)
   INSERT INTO "OperationalKpi" ("organisationId", "teamId", period, "kpiId", value) SELECT $1, $2, DATE '${period}', d.id, ${value} FROM d`,
  (o) => [o.organisationId, o.teams.T1],
];

const constraints: Record<string, { accepted: Case[]; refused: Case[] }> = {
  KpiDefinition_key_check: {
    accepted: [kpiKey(`'taux_escalade'`), kpiKey(`repeat('a', 50)`)],
    refused: [kpiKey(`'Taux'`), kpiKey(`'taux__x'`), kpiKey(`'_x'`), kpiKey(`''`), kpiKey(`repeat('a', 51)`)],
  },
  KpiDefinition_name_check: {
    accepted: [kpiNames(`repeat('n', 100), 'Name'`)],
    refused: [kpiNames(`'  ', 'Name'`), kpiNames(`'Nom', ''`), kpiNames(`repeat('n', 101), 'Name'`)],
  },
  KpiDefinition_money_check: {
    accepted: [kpiDefinition(`, "valuePerPointCents"`, `, 0`), kpiDefinition(`, "valuePerPointCents"`, `, NULL`)],
    refused: [kpiDefinition(`, "valuePerPointCents"`, `, -1`)],
  },
  KpiDefinition_assumptions_check: {
    accepted: [kpiDefinition(`, assumptions`, `, repeat('a', 1000)`)],
    refused: [kpiDefinition(`, assumptions`, `, repeat('a', 1001)`)],
  },
  KpiDefinition_position_check: {
    accepted: [kpiDefinition(`, position`, `, 0`)],
    refused: [kpiDefinition(`, position`, `, -1`)],
  },
  OperationalKpi_value_check: {
    accepted: [kpiValue("2026-03-01", "-12.5"), kpiValue("2026-03-01", "1e300")],
    refused: [
      kpiValue("2026-03-01", `'NaN'::float8`),
      kpiValue("2026-03-01", `'Infinity'::float8`),
      kpiValue("2026-03-01", `'-Infinity'::float8`),
    ],
  },
  OperationalKpi_period_check: {
    accepted: [kpiValue("2026-03-01", "1")],
    refused: [kpiValue("2026-03-02", "1"), kpiValue("2026-03-31", "1")],
  },
  AccountToken_tokenHash_check: {
    accepted: [accountToken(SHA256)],
    refused: [accountToken(`'raw-token'`), accountToken(`upper(${SHA256})`), accountToken(`left(${SHA256}, 63)`)],
  },
  ScimToken_tokenHash_check: {
    accepted: [scimToken(`sha256('t'::bytea)`)],
    refused: [
      scimToken(`'raw-token'::bytea`),
      scimToken(`substring(sha256('t'::bytea) from 1 for 31)`),
      scimToken(`sha256('t'::bytea) || '\\x00'::bytea`),
    ],
  },
  InstanceSetupToken_tokenHash_check: { accepted: [setupToken(1, SHA256)], refused: [setupToken(1, `'raw-token'`)] },
  InstanceSetupToken_id_check: { accepted: [setupToken(1, SHA256)], refused: [setupToken(2, SHA256)] },
  ApiKey_requestsPerMinute_check: {
    accepted: [apiKeyLimit("1"), apiKeyLimit("600"), apiKeyLimit("1000000"), apiKeyLimit("NULL")],
    refused: [apiKeyLimit("0"), apiKeyLimit("-5"), apiKeyLimit("1000001")],
  },
  ApiKey_scopes_check: {
    accepted: [
      apiKey(
        `ARRAY['contacts:write', 'responses:read', 'results:read', 'history:import', 'events:write', 'directory:write', 'catalogue:read']`,
      ),
      apiKey(`ARRAY['actions:read', 'actions:write', 'kpis:read', 'kpis:write']`),
      apiKey(`ARRAY[]::text[]`),
    ],
    refused: [apiKey(`ARRAY['results:read', 'results:write']`), apiKey(`ARRAY['admin']`), apiKey(`ARRAY['kpis:admin']`)],
  },
  Organisation_minGroupSize_check: { accepted: [organisation(`"minGroupSize" = 3`)], refused: [organisation(`"minGroupSize" = 2`)] },
  Organisation_minVerbatimGroupSize_check: {
    accepted: [organisation(`"minGroupSize" = 7, "minVerbatimGroupSize" = 7`)],
    refused: [organisation(`"minGroupSize" = 7, "minVerbatimGroupSize" = 6`)],
  },
  Organisation_minCustomerResponses_check: {
    accepted: [organisation(`"minCustomerResponses" = 1`), organisation(`"minCustomerResponses" = 1000`)],
    refused: [organisation(`"minCustomerResponses" = 0`), organisation(`"minCustomerResponses" = 1001`)],
  },
  Organisation_linkExpiryDays_check: {
    accepted: [organisation(`"linkExpiryDays" = 1`), organisation(`"linkExpiryDays" = 365`)],
    refused: [organisation(`"linkExpiryDays" = 0`), organisation(`"linkExpiryDays" = 366`)],
  },
  Organisation_brandColor_check: {
    accepted: [organisation(`"brandColor" = '#aBcDe9'`)],
    refused: [
      organisation(`"brandColor" = 'red'`),
      organisation(`"brandColor" = '#12345'`),
      organisation(`"brandColor" = '#1234567'`),
      organisation(`"brandColor" = '#12345g'`),
    ],
  },
  CustomerResponse_score_check: {
    accepted: [customer("score = 0"), customer("score = 10")],
    refused: [customer("score = -1"), customer("score = 11")],
  },
  EmployeeResponse_score_check: {
    accepted: [employee("score = 0"), employee("score = 10")],
    refused: [employee("score = -1"), employee("score = 11")],
  },
  CustomerItemAnswer_value_check: {
    accepted: [item("CustomerItemAnswer", 1), item("CustomerItemAnswer", 5)],
    refused: [item("CustomerItemAnswer", 0), item("CustomerItemAnswer", 6)],
  },
  EmployeeItemAnswer_value_check: {
    accepted: [item("EmployeeItemAnswer", 1), item("EmployeeItemAnswer", 5)],
    refused: [item("EmployeeItemAnswer", 0), item("EmployeeItemAnswer", 6)],
  },
  CustomerResponse_contact_or_import_check: {
    accepted: [[`UPDATE "CustomerResponse" SET "contactId" = NULL, "importId" = $2 WHERE id = $1`, () => [ids.customer, ids.import]]],
    refused: [
      customer(`"contactId" = NULL`),
      [`UPDATE "CustomerResponse" SET "importId" = $2 WHERE id = $1`, () => [ids.customer, ids.import]],
    ],
  },
  EmployeeResponse_import_origin_check: {
    accepted: [[`UPDATE "EmployeeResponse" SET "importId" = $2 WHERE id = $1`, () => [ids.employee, ids.import]]],
    refused: [
      [`UPDATE "EmployeeResponse" SET "importId" = $2, "eventType" = 'ONBOARDING' WHERE id = $1`, () => [ids.employee, ids.import]],
    ],
  },
  ResponseImport_rows_check: {
    accepted: [batch("'CUSTOMER'", 2, 0), batch("'EMPLOYEE'", 0, 3), batch("NULL", 1, 1)],
    refused: [
      batch("NULL", 0, 0),
      batch("'CUSTOMER'", 0, 0),
      batch("'CUSTOMER'", -1, 2),
      batch("'CUSTOMER'", 2, 1),
      batch("'EMPLOYEE'", 1, 2),
      batch("NULL", 2, 0),
      batch("NULL", 0, 2),
    ],
  },
  Pulse_reminderDays_check: {
    accepted: [pulse("ARRAY[]::int[]"), pulse("ARRAY[1]"), pulse("ARRAY[365, 3]")],
    refused: [pulse("NULL"), pulse("ARRAY[0]"), pulse("ARRAY[366]"), pulse("ARRAY[3, 3]"), pulse("ARRAY[7, 3, 1]")],
  },
  PulseParticipation_remindersSent_check: {
    accepted: [participation(0), participation(2)],
    refused: [participation(-1), participation(3)],
  },
  MomentOfTruth_pulseDelayDays_check: {
    accepted: [employeeMoment(false, "1"), employeeMoment(true, "365")],
    refused: [employeeMoment(false, "0"), employeeMoment(true, "366")],
  },
  MomentOfTruth_trigger_delay_check: {
    accepted: [employeeMoment(true, "7"), employeeMoment(false, "NULL")],
    refused: [employeeMoment(true, "NULL")],
  },
  MomentOfTruth_side_fields_check: {
    accepted: [customerMoment(`"triggersPulse" = false, "pulseDelayDays" = NULL, "eventType" = NULL`)],
    refused: [
      customerMoment(`"triggersPulse" = true, "pulseDelayDays" = 5`),
      customerMoment(`"pulseDelayDays" = 5`),
      customerMoment(`"eventType" = 'ONBOARDING'`),
      [employeeMoment(false, "NULL", "$2")[0], (o) => [o.organisationId, o.mots.purchase]],
    ],
  },
  SurveyWording_name_check: { accepted: [wording("name", 1), wording("name", 120)], refused: [wording("name", 0), wording("name", 121)] },
  SurveyWording_intro_check: {
    accepted: [wording("intro", 1), wording("intro", 1000)],
    refused: [wording("intro", 0), wording("intro", 1001)],
  },
  SurveyWording_thankYou_check: {
    accepted: [wording("thankYou", 1), wording("thankYou", 1000)],
    refused: [wording("thankYou", 0), wording("thankYou", 1001)],
  },
  EmailTemplate_subject_check: { accepted: [template(1, 10), template(200, 10)], refused: [template(0, 10), template(201, 10)] },
  EmailTemplate_body_check: { accepted: [template(10, 1), template(10, 5000)], refused: [template(10, 0), template(10, 5001)] },
  EmailSuppression_email_check: {
    accepted: [suppression(`'a@b'`), suppression(`'x' || repeat('a', 310) || '@exa.mple'`)],
    refused: [suppression(`'ab'`), suppression(`'A@b.fr'`), suppression(`repeat('a', 312) || '@exa.mple'`)],
  },
  Action_title_check: { accepted: [actionTitle(1), actionTitle(200)], refused: [actionTitle(0), actionTitle(201)] },
  Action_description_check: {
    accepted: [action(`, description`, `, NULL`), action(`, description`, `, repeat('d', 5000)`)],
    refused: [action(`, description`, `, repeat('d', 5001)`)],
  },
  Action_budget_check: {
    accepted: [action(`, "budgetCents", "spentCents"`, `, 0, 0`), action(`, "budgetCents"`, `, NULL`)],
    refused: [action(`, "budgetCents"`, `, -1`), action(`, "spentCents"`, `, -1`)],
  },
  Action_done_check: {
    accepted: [
      actionDone("DONE", "now()"),
      actionDone("MEASURED", "now()"),
      actionDone("IN_PROGRESS", "NULL"),
      actionDone("DROPPED", "NULL"),
    ],
    refused: [actionDone("DONE", "NULL"), actionDone("MEASURED", "NULL"), actionDone("PLANNED", "now()")],
  },
  Action_published_check: {
    accepted: [
      action(`, "publishedAt", "publishedSummary"`, `, now(), 'x'`),
      action(`, "publishedAt", "publishedSummary"`, `, now(), repeat('s', 2000)`),
      action(`, "publishedSummary"`, `, NULL`),
    ],
    refused: [
      action(`, "publishedAt"`, `, now()`),
      action(`, "publishedAt", "publishedSummary"`, `, now(), ''`),
      action(`, "publishedAt", "publishedSummary"`, `, now(), repeat('s', 2001)`),
    ],
  },
  ActionComment_body_check: { accepted: [actionComment(1), actionComment(2000)], refused: [actionComment(0), actionComment(2001)] },
  FollowUp_note_check: { accepted: [followUpNote(0), followUpNote(2000)], refused: [followUpNote(2001)] },
  FollowUpEvent_body_check: { accepted: [followUpEvent(1), followUpEvent(2000)], refused: [followUpEvent(0), followUpEvent(2001)] },
  ToolboxBudget_amount_check: {
    accepted: [budget(2000, 0), budget(2100, 1)],
    refused: [budget(2026, -1), budget(1999, 0), budget(2101, 0)],
  },
  ToolboxAllocation_amount_check: { accepted: [allocation(0)], refused: [allocation(-1)] },
  TeamIrritant_note_check: { accepted: [teamIrritantNote(1000)], refused: [teamIrritantNote(1001)] },
  Theme_keywords_check: {
    accepted: [theme(`ARRAY['a']`, `ARRAY[]::text[]`), theme(`NULL`, `ARRAY['b']`), theme(words(40), words(40))],
    refused: [
      theme(`ARRAY[]::text[]`, `ARRAY[]::text[]`),
      theme(`NULL`, `NULL`),
      theme(words(41), `ARRAY['a']`),
      theme(`ARRAY['a']`, words(41)),
    ],
  },
  Membership_monthlyReportMonth_check: { accepted: [reportMonth("2026-11-01")], refused: [reportMonth("2026-11-02")] },
};

// Function declarations, hoisted: the table above reads them.
function theme(keywordsFr: string, keywordsEn: string): Case {
  return [
    `INSERT INTO "Theme" (id, "organisationId", side, key, "labelFr", "labelEn", "keywordsFr", "keywordsEn")
     VALUES (gen_random_uuid(), $1, 'CUSTOMER', 'check_' || gen_random_uuid(), 'x', 'x', ${keywordsFr}, ${keywordsEn})`,
    org1,
  ];
}

function words(count: number): string {
  return `array_fill('mot'::text, ARRAY[${count}])`;
}

/** Runs one statement in a transaction that is always rolled back, so cases do not add up. */
async function attempt([sql, params]: Case): Promise<void> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(sql, params(org));
    expect(result.rowCount, sql).toBe(1); // the one row it means to write exists
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}

beforeAll(async () => {
  org = await createDashboardOrg("checks", { D: null, T1: "D" }, { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "T1" });
  await addCustomerAnswers(org.organisationId, {
    teamId: org.teams.T1!,
    scores: [9],
    submittedAt: "2026-10-10T10:00:00Z",
    momentOfTruthId: org.mots.complaint,
    itemValues: [3],
  });
  await addEmployeeAnswers(org.organisationId, org.teams.T1!, "2026-10", [7], { itemValues: [3] });
  const importId = randomUUID();
  await pool().query(
    `INSERT INTO "ResponseImport" (id, "organisationId", side, "customerRows", "employeeRows") VALUES ($1, $2, NULL, 1, 1)`,
    [importId, org.organisationId],
  );
  const one = async (table: string) =>
    (await pool().query<{ id: string }>(`SELECT id::text FROM "${table}" WHERE "organisationId" = $1`, [org.organisationId])).rows[0]!.id;
  ids = { customer: await one("CustomerResponse"), employee: await one("EmployeeResponse"), import: importId };
});

it("has cases for every CHECK constraint of the schema, and for none that is gone", async () => {
  const { rows } = await pool().query<{ name: string }>(
    `SELECT conname AS name FROM pg_constraint WHERE contype = 'c' AND connamespace = current_schema()::regnamespace ORDER BY 1`,
  );
  expect(rows.map((row) => row.name)).toEqual(Object.keys(constraints).sort());
});

describe.each(Object.keys(constraints))("%s", (name) => {
  it.each(constraints[name]!.accepted.map((c) => [c[0], c] as const))("accepts %s", async (_sql, c) => {
    await expect(attempt(c)).resolves.toBeUndefined();
  });
  it.each(constraints[name]!.refused.map((c) => [c[0], c] as const))("refuses %s", async (_sql, c) => {
    await expect(attempt(c)).rejects.toMatchObject({ code: "23514", constraint: name });
  });
});
