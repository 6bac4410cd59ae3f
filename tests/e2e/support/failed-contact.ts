// Contacts whose link email failed (the mail job gave up), inserted straight into the e2e
// database (raw SQL, no app code), in the demo organisation or in a throwaway foreign one; and
// their stored state, to prove what an action did or did not write.
import { randomBytes, randomUUID } from "node:crypto";
import { withClient } from "../survey-support";

export interface FailedContact {
  id: string;
  externalId: string;
}

const INSERT = `
  INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "externalId", "customerEmail",
                         "emailStatus", "emailAttempts", "emailLastError", "tokenHash", "linkExpiresAt")
  VALUES ($1, $2, $3, $4, 'PHONE', 'fr', now(), $5, $6, 'FAILED', 6, 'Greeting never received', $7, now() + interval '30 days')`;

/** A failed contact of the demo's Conseil Lyon A with an open link; its externalId starts with `prefix`. */
export async function createFailedDemoContact(prefix: string): Promise<FailedContact> {
  return withClient(async (client) => {
    const {
      rows: [demo],
    } = await client.query<{ organisationId: string; teamId: string; motId: string }>(
      `SELECT o.id AS "organisationId", t.id AS "teamId", m.id AS "motId"
         FROM "Organisation" o JOIN "Team" t ON t."organisationId" = o.id
         JOIN "MomentOfTruth" m ON m."organisationId" = o.id AND m.side = 'CUSTOMER' AND m.key = 'reclamation'
        WHERE o.slug = 'demo' AND t."externalId" = 'T-REL-01'`,
    );
    if (!demo) throw new Error("demo organisation not seeded");
    const contact = { id: randomUUID(), externalId: `${prefix}-${randomUUID().slice(0, 8)}` };
    await client.query(INSERT, [
      contact.id,
      demo.organisationId,
      demo.teamId,
      demo.motId,
      contact.externalId,
      `${contact.externalId.toLowerCase()}@example.com`,
      randomBytes(32),
    ]);
    return contact;
  });
}

/** The same in an organisation of its own (with a team and a moment of truth): someone else's contact. */
export async function createFailedForeignContact(organisationId: string, teamId: string): Promise<FailedContact> {
  return withClient(async (client) => {
    const motId = randomUUID();
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'CUSTOMER', 'reclamation', 'Réclamation', 'Complaint')`,
      [motId, organisationId],
    );
    const contact = { id: randomUUID(), externalId: `FOREIGN-${randomUUID().slice(0, 8)}` };
    await client.query(INSERT, [
      contact.id,
      organisationId,
      teamId,
      motId,
      contact.externalId,
      "secret-customer@example.com",
      randomBytes(32),
    ]);
    return contact;
  });
}

export async function emailStateOf(
  contactId: string,
): Promise<{ emailStatus: string; emailAttempts: number; due: boolean; audits: number }> {
  return withClient(async (client) => {
    const {
      rows: [row],
    } = await client.query(
      `SELECT "emailStatus", "emailAttempts", coalesce("emailNextAttemptAt" <= now(), false) AS due,
              (SELECT count(*)::int FROM "AuditLog" a WHERE a."targetId" = c.id::text) AS audits
         FROM "Contact" c WHERE id = $1`,
      [contactId],
    );
    return row;
  });
}
