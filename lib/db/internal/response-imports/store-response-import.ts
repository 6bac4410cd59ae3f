// Stores one import in ONE transaction: its ResponseImport row, every answer with its items and
// irritants (set-based: one INSERT … SELECT FROM unnest per table, whatever the row count), and
// a rollup marker per month touched, and its audit row. No follow-up, no webhook: this is history, not a contact.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { IMPORTED_MOMENT } from "@/lib/surveys/import-response-schema";
import { uuidV7Batch } from "@/lib/db/contacts/uuid-v7";
import { inPgTransaction } from "@/lib/db/in-pg-transaction";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { auditImport } from "./audit-import";
import type { ResolvedAnswer, ResolvedCustomerAnswer, ResolvedEmployeeAnswer } from "./resolve-import-refs";
import { withOrganisation } from "../../tenant-context";

type Stored<A> = { id: string; answer: A };

const CHILD_TABLES = {
  customer: { items: "CustomerItemAnswer", irritants: "CustomerResponseIrritant" },
  employee: { items: "EmployeeItemAnswer", irritants: "EmployeeResponseIrritant" },
} as const;

/** Noon UTC on the first day: inside the month in every time zone the dashboard uses (Paris). */
export const importedAnswerTime = (period: string) => new Date(`${period}-01T12:00:00.000Z`);

/** The "imported" customer moment of truth, created once per organisation (inactive: no live contact uses it). */
async function importedMomentId(client: pg.ClientBase, organisationId: string): Promise<string> {
  // Two statements on purpose: after waiting on a concurrent insert, only a new statement sees its row.
  await client.query(
    `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn", position, active)
     VALUES ($1::uuid, $2::uuid, 'CUSTOMER', $3, $4, $5, 1000, false)
     ON CONFLICT ("organisationId", side, key) DO NOTHING`,
    [uuidV7Batch(1)[0], organisationId, IMPORTED_MOMENT.key, IMPORTED_MOMENT.labelFr, IMPORTED_MOMENT.labelEn],
  );
  const { rows } = await client.query<{ id: string }>(
    `SELECT id::text AS id FROM "MomentOfTruth" WHERE "organisationId" = $1::uuid AND side = 'CUSTOMER' AND key = $2`,
    [organisationId, IMPORTED_MOMENT.key],
  );
  return rows[0]!.id;
}

async function insertCustomerAnswers(
  client: pg.ClientBase,
  organisationId: string,
  importId: string,
  rows: Stored<ResolvedCustomerAnswer>[],
): Promise<void> {
  if (rows.length === 0) return;
  const needsDefault = rows.some(({ answer }) => answer.momentOfTruthId === null);
  const defaultMoment = needsDefault ? await importedMomentId(client, organisationId) : null;
  const column = <T>(pick: (answer: ResolvedCustomerAnswer) => T) => rows.map(({ answer }) => pick(answer));
  await client.query(
    `INSERT INTO "CustomerResponse" (id, "organisationId", "importId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, comment, "submittedAt")
     SELECT t.id, $1::uuid, $2::uuid, t.team_id, t.moment_id, t.channel::"Channel", t.locale::"Locale", t.submission_id, t.score, t.comment, t.submitted_at
     FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::smallint[], $10::text[], $11::timestamptz[])
       AS t(id, team_id, moment_id, channel, locale, submission_id, score, comment, submitted_at)`,
    [
      organisationId,
      importId,
      rows.map((row) => row.id),
      column((a) => a.teamId),
      column((a) => a.momentOfTruthId ?? defaultMoment),
      column((a) => a.channel),
      column((a) => a.locale),
      rows.map(() => randomUUID()),
      column((a) => a.score),
      column((a) => a.comment),
      column((a) => importedAnswerTime(a.period).toISOString()),
    ],
  );
}

async function insertEmployeeAnswers(
  client: pg.ClientBase,
  organisationId: string,
  importId: string,
  rows: Stored<ResolvedEmployeeAnswer>[],
): Promise<void> {
  if (rows.length === 0) return;
  // Team, month and answers only (docs/anonymity.md): no pulse, no event, no person.
  await client.query(
    `INSERT INTO "EmployeeResponse" (id, "organisationId", "importId", "teamId", period, score, comment)
     SELECT t.id, $1::uuid, $2::uuid, t.team_id, t.period, t.score, t.comment
     FROM unnest($3::uuid[], $4::uuid[], $5::date[], $6::smallint[], $7::text[]) AS t(id, team_id, period, score, comment)`,
    [
      organisationId,
      importId,
      rows.map((row) => row.id),
      rows.map(({ answer }) => answer.teamId),
      rows.map(({ answer }) => `${answer.period}-01`),
      rows.map(({ answer }) => answer.score),
      rows.map(({ answer }) => answer.comment),
    ],
  );
}

async function insertChildren(
  client: pg.ClientBase,
  side: "customer" | "employee",
  organisationId: string,
  rows: Stored<ResolvedAnswer>[],
): Promise<void> {
  const items = rows.flatMap(({ id, answer }) => answer.items.map((item) => ({ id, ...item })));
  if (items.length > 0) {
    await client.query(
      `INSERT INTO "${CHILD_TABLES[side].items}" ("organisationId", "responseId", "itemId", value)
       SELECT $1::uuid, t.response_id, t.item_id, t.value FROM unnest($2::uuid[], $3::uuid[], $4::smallint[]) AS t(response_id, item_id, value)`,
      [organisationId, items.map((item) => item.id), items.map((item) => item.itemId), items.map((item) => item.value)],
    );
  }
  const irritants = rows.flatMap(({ id, answer }) => answer.irritantIds.map((irritantId) => ({ id, irritantId })));
  if (irritants.length > 0) {
    await client.query(
      `INSERT INTO "${CHILD_TABLES[side].irritants}" ("organisationId", "responseId", "irritantId")
       SELECT $1::uuid, t.response_id, t.irritant_id FROM unnest($2::uuid[], $3::uuid[]) AS t(response_id, irritant_id)`,
      [organisationId, irritants.map((row) => row.id), irritants.map((row) => row.irritantId)],
    );
  }
}

/** The import's Idempotency-Key was taken meanwhile by a concurrent call: nothing was stored. */
export class IdempotencyKeyTaken extends Error {}

export interface ImportIdempotency {
  key: string;
  requestHash: string;
  /** The body to replay, given the import's id. */
  response: (importId: string) => unknown;
}

/**
 * Stores the answers (at least one) as one import; returns its id. With an idempotency key,
 * the import row is written first and ON CONFLICT does nothing: a concurrent twin that took
 * the key makes this call store nothing at all (IdempotencyKeyTaken, after rollback).
 */
export async function storeResponseImport(
  organisationId: string,
  apiKeyId: string | null,
  answers: ResolvedAnswer[],
  idempotency: ImportIdempotency | null = null,
): Promise<string> {
  return withOrganisation(organisationId, async () => {
    const customer = answers.filter((answer): answer is ResolvedCustomerAnswer => answer.side === "customer");
    const employee = answers.filter((answer): answer is ResolvedEmployeeAnswer => answer.side === "employee");
    const customerIds = uuidV7Batch(customer.length + 1);
    const importId = customerIds.pop()!;
    const customerRows = customer.map((answer, i) => ({ id: customerIds[i]!, answer }));
    // Employee answers get random v4 ids, like every employee answer (a v7 id would carry a time).
    const employeeRows = employee.map((answer) => ({ id: randomUUID(), answer }));
    const side = employee.length === 0 ? "CUSTOMER" : customer.length === 0 ? "EMPLOYEE" : null;
    await inPgTransaction(async (client) => {
      const { rowCount } = await client.query(
        `INSERT INTO "ResponseImport" (id, "organisationId", "apiKeyId", side, "customerRows", "employeeRows", "idempotencyKey", "requestHash", response)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::"Side", $5, $6, $7, $8, $9::jsonb)
       ON CONFLICT ("organisationId", "idempotencyKey") DO NOTHING`,
        [
          importId,
          organisationId,
          apiKeyId,
          side,
          customer.length,
          employee.length,
          idempotency?.key ?? null,
          idempotency?.requestHash ?? null,
          idempotency ? JSON.stringify(idempotency.response(importId)) : null,
        ],
      );
      if (rowCount !== 1) throw new IdempotencyKeyTaken();
      await insertCustomerAnswers(client, organisationId, importId, customerRows);
      await insertChildren(client, "customer", organisationId, customerRows);
      await insertEmployeeAnswers(client, organisationId, importId, employeeRows);
      await insertChildren(client, "employee", organisationId, employeeRows);
      for (const period of new Set(answers.map((answer) => answer.period)))
        await markRollupDirty(client, organisationId, importedAnswerTime(period));
      await auditImport(client, organisationId, {
        action: "responseImport.create",
        importId,
        apiKeyId,
        customerRows: customer.length,
        employeeRows: employee.length,
      });
    });
    return importId;
  });
}
