// Set-based insertion of contacts with their survey links: one statement for any number of
// rows (unnest of array parameters), idempotent on (organisationId, externalId) through
// ON CONFLICT DO NOTHING, never read-then-write, so concurrent calls cannot duplicate.
import { pool } from "@/lib/db/client";
import { withOrganisation } from "../../tenant-context";

export interface ContactRow {
  id: string;
  tokenHashHex: string;
  teamId: string;
  momentOfTruthId: string;
  channel: "PHONE" | "EMAIL" | "CHAT" | "STORE" | "FIELD";
  locale: "fr" | "en";
  externalId: string | null;
  agentExternalId: string | null;
  customerEmail: string | null;
  occurredAt: string | null;
}

export interface StoredContact {
  id: string;
  externalId: string;
  locale: "fr" | "en";
  expiresAt: Date;
}

// The link is a column set of the contact's row, so a contact never exists without its link.
// A customer email schedules the mail worker at once (PENDING, now()), unless the address
// unsubscribed from this organisation's survey emails: then the contact is stored UNSUBSCRIBED.
const INSERT_SQL = `
INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "externalId", "agentExternalId",
                       "customerEmail", "occurredAt", "emailStatus", "emailNextAttemptAt", "tokenHash", "linkExpiresAt")
SELECT id, $1::uuid, team_id, moment_id, channel::"Channel", locale::"Locale", external_id, agent_id, email,
       COALESCE(occurred_at, now()),
       CASE WHEN t.email IS NULL THEN 'NONE'::"EmailStatus" WHEN suppressed THEN 'UNSUBSCRIBED'::"EmailStatus" ELSE 'PENDING'::"EmailStatus" END,
       CASE WHEN t.email IS NULL OR suppressed THEN NULL ELSE now() END,
       decode(token_hash, 'hex'), $12::timestamptz
FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[], $11::text[])
  AS t(id, team_id, moment_id, channel, locale, external_id, agent_id, email, occurred_at, token_hash)
CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "EmailSuppression" s
                                   WHERE s."organisationId" = $1::uuid AND s.email = lower(t.email)) AS suppressed) AS x
ON CONFLICT ("organisationId", "externalId") DO NOTHING
RETURNING id::text AS id`;

/** The audit row of an insert that stores at least one contact; `created` and `existing` are added to its metadata. */
export interface ContactsInsertAudit {
  actorId: string | null;
  action: string;
  metadata: Record<string, unknown>;
  /** Rows of the call that name a contact (inserted now or already stored): existing = this − created. */
  storedOrExisting: number;
}

// The same insert with its audit row in the same statement, so both commit together; a call that
// inserts nothing (every row already stored) writes no row.
const AUDITED_INSERT_SQL = `
WITH inserted AS (${INSERT_SQL}),
audit AS (
  INSERT INTO "AuditLog" ("organisationId", "actorId", action, "targetType", "targetId", metadata)
  SELECT $1::uuid, $13::uuid, $14, 'Contact', NULL,
         $15::jsonb || jsonb_build_object('created', count(*), 'existing', $16::int - count(*))
    FROM inserted HAVING count(*) > 0
)
SELECT id FROM inserted`;

/** Inserts the rows (and their audit row, when given); returns the ids actually inserted (the others hit an existing externalId). */
export async function insertContactRows(
  organisationId: string,
  rows: ContactRow[],
  expiresAt: Date,
  audit?: ContactsInsertAudit,
): Promise<Set<string>> {
  return withOrganisation(organisationId, async () => {
    if (rows.length === 0) return new Set();
    const column = <K extends keyof ContactRow>(key: K) => rows.map((row) => row[key]);
    // Through pg, not Prisma: Prisma serialises every array element of the parameters through
    // its query engine, a large share of a 10 000-row call's CPU.
    const audited = audit ? [audit.actorId, audit.action, JSON.stringify(audit.metadata), audit.storedOrExisting] : [];
    const { rows: inserted } = await pool().query<{ id: string }>({
      name: audit ? "contacts-insert-audited" : "contacts-insert",
      text: audit ? AUDITED_INSERT_SQL : INSERT_SQL,
      values: [
        organisationId,
        column("id"),
        column("teamId"),
        column("momentOfTruthId"),
        column("channel"),
        column("locale"),
        column("externalId"),
        column("agentExternalId"),
        column("customerEmail"),
        column("occurredAt"),
        column("tokenHashHex"),
        expiresAt.toISOString(),
        ...audited,
      ],
    });
    return new Set(inserted.map((row) => row.id));
  });
}

/** Contacts of the organisation already holding these externalIds, with their link's expiry. */
export async function findStoredContacts(organisationId: string, externalIds: string[]): Promise<StoredContact[]> {
  return withOrganisation(organisationId, async () => {
    if (externalIds.length === 0) return [];
    const { rows } = await pool().query<StoredContact>(
      `SELECT c.id::text AS id, c."externalId" AS "externalId", c.locale::text AS locale, c."linkExpiresAt" AS "expiresAt"
     FROM "Contact" c
     WHERE c."organisationId" = $1::uuid AND c."externalId" = ANY($2::text[])`,
      [organisationId, externalIds],
    );
    return rows;
  });
}
