// Writes a customer's answer in ONE statement (its own transaction): consumes the link, inserts
// the response with its items and irritants, marks the month dirty for the rollup, and for a
// detractor its FollowUp and webhook outbox row. Stores nothing if the link was already used.
import type { CustomerResponseInput } from "@/lib/surveys/response-schema";
import { pool } from "../client";
import { uuidV7Batch } from "../contacts/uuid-v7";
import { Prisma } from "../generated/client";
import { monthOf, rollupLockKeys } from "../rollup/period-sql";
import { buildDetractorPayload, type LinkContext } from "./detractor-payload";

export const DETRACTOR_MAX_SCORE = 6;

/**
 * Composed with Prisma.sql only to reuse the rollup's month and lock-key definitions; it is
 * sent as plain parameterised text through pg (no query compilation on this hot path).
 *
 * Order matters where data flow enforces it: every insert reads `response`, which reads
 * `consumed`, so a used or expired link writes nothing. The marker reads `locked`, so the
 * shared advisory lock is held before the marker's ON CONFLICT is decided, and until commit:
 * the race lib/db/rollup/mark-dirty.ts describes stays closed. The webhook payload is built
 * in JS (detractor-payload.ts) and only gets the stored submittedAt, as toISOString() writes it.
 */
function storeStatement(tokenHash: Buffer, link: LinkContext, input: CustomerResponseInput, ids: { response: string; followUp: string | null; delivery: string }, payload: string | null): Prisma.Sql {
  const { organisationId: org, contact } = link;
  const itemIds = Object.keys(input.items);
  return Prisma.sql`
WITH consumed AS (
  UPDATE "SurveyLink" SET "usedAt" = now()
  WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > now()
  RETURNING id
), response AS (
  INSERT INTO "CustomerResponse" (id, "organisationId", "contactId", "teamId", "momentOfTruthId", channel, locale,
                                  "submissionId", score, comment, "irritantOther")
  SELECT ${ids.response}::uuid, ${org}::uuid, ${contact.id}::uuid, ${contact.teamId}::uuid, ${contact.momentOfTruthId}::uuid,
         ${contact.channel}::text::"Channel", ${contact.locale}::text::"Locale", ${input.submissionId}::uuid, ${input.score}::smallint,
         ${input.comment}::text, ${input.irritantOther}::text
  FROM consumed
  RETURNING id, "submittedAt"
), items AS (
  INSERT INTO "CustomerItemAnswer" ("organisationId", "responseId", "itemId", value)
  SELECT ${org}::uuid, r.id, t.item_id, t.value
  FROM response r CROSS JOIN unnest(${itemIds}::uuid[], ${itemIds.map((id) => input.items[id]!)}::smallint[]) AS t(item_id, value)
), irritants AS (
  INSERT INTO "CustomerResponseIrritant" ("organisationId", "responseId", "irritantId")
  SELECT ${org}::uuid, r.id, t.irritant_id
  FROM response r CROSS JOIN unnest(${input.irritantIds}::uuid[]) AS t(irritant_id)
), locked AS (
  SELECT p.period
  FROM (SELECT ${monthOf(Prisma.sql`r."submittedAt"`)} AS period FROM response r) p
  CROSS JOIN LATERAL pg_advisory_xact_lock_shared(${rollupLockKeys(org, Prisma.sql`p.period`)}) AS lock
), marker AS (
  INSERT INTO "RollupDirty" ("organisationId", period)
  SELECT ${org}::uuid, period FROM locked
  ON CONFLICT DO NOTHING
), follow_up AS (
  INSERT INTO "FollowUp" (id, "organisationId", "teamId", "responseId")
  SELECT ${ids.followUp}::uuid, ${org}::uuid, ${contact.teamId}::uuid, r.id
  FROM response r WHERE ${ids.followUp}::uuid IS NOT NULL
  RETURNING id
), delivery AS (
  INSERT INTO "WebhookDelivery" (id, "organisationId", event, payload)
  SELECT ${ids.delivery}::uuid, ${org}::uuid, 'response.detractor',
         jsonb_set(${payload}::jsonb, '{submittedAt}', to_jsonb(to_char(r."submittedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
  FROM response r CROSS JOIN follow_up f WHERE ${payload}::jsonb IS NOT NULL
)
SELECT id FROM response`;
}

/** true when this call stored the answer; false when the link was no longer answerable. */
export async function storeCustomerResponse(tokenHash: Buffer, link: LinkContext, input: CustomerResponseInput): Promise<boolean> {
  const [responseId, followUpId, deliveryId] = uuidV7Batch(3) as [string, string, string];
  const detractor = input.score <= DETRACTOR_MAX_SCORE;
  const payload = detractor && link.organisation.webhookUrl
    ? JSON.stringify(buildDetractorPayload(link, input, { responseId, followUpId, submittedAt: new Date(0) }))
    : null;
  const statement = storeStatement(tokenHash, link, input, { response: responseId, followUp: detractor ? followUpId : null, delivery: deliveryId }, payload);
  // Named: the text never changes, so each pooled connection parses and plans it once.
  const { rowCount } = await pool().query({ name: "survey-response-store", text: statement.text, values: statement.values });
  return rowCount === 1;
}
