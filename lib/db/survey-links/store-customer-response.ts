// Writes a customer's answer in ONE statement, one round trip (its own transaction): reads the
// link's context, checks the posted items and irritants against the active catalogue, consumes
// the link, inserts the response with its items and irritants, marks its team's month dirty for
// the rollup, and for a detractor its FollowUp and webhook outbox row. Stores nothing if the link
// was already used or expired, or a posted id is not the organisation's.
import type { CustomerResponseInput } from "@/lib/surveys/response-schema";
import { pool } from "../client";
import { uuidV7Batch } from "../contacts/uuid-v7";
import { Prisma } from "../generated/client";
import { monthOf, rollupLockKeys } from "../rollup/period-sql";
import { asSystem } from "../tenant-context";

export const DETRACTOR_MAX_SCORE = 6;

/** The link's state as the statement saw it, and the stored response's id when it stored one. */
export interface StoreOutcome {
  name: string;
  brandColor: string;
  slug: string;
  expired: boolean;
  used: boolean;
  answered: boolean;
  /** The response already stored for this contact carries this submissionId (a retry). */
  mine: boolean;
  itemsOk: boolean;
  irritantsOk: boolean;
  storedId: string | null;
}

/**
 * Composed with Prisma.sql only to reuse the rollup's month and lock-key definitions; it is
 * sent as plain parameterised text through pg (no query compilation on this hot path).
 *
 * `ctx` reads the statement's snapshot; `consumed` is the only gate: its conditional UPDATE
 * re-checks the contact's link columns under the row's lock, so of two concurrent submissions one consumes and the
 * other writes nothing (the caller then re-reads the state). Every insert reads `response`,
 * which reads `consumed`. The marker reads `locked`, so the shared advisory lock is held before
 * the marker's ON CONFLICT is decided, and until commit: the race lib/db/rollup/mark-dirty.ts
 * describes stays closed. The webhook payload (`response.detractor`: what an integrator needs
 * to call the customer back through its own CRM, by ids it knows — never the customer's
 * email) is built here, from the stored row, so its submittedAt is the stored one.
 */
function storeStatement(
  tokenHash: Buffer,
  input: CustomerResponseInput,
  ids: { response: string; followUp: string | null; delivery: string },
): Prisma.Sql {
  const itemIds = Object.keys(input.items);
  return Prisma.sql`
WITH ctx AS (
  SELECT c."organisationId" AS org, o.name, o."brandColor", o.slug, o."webhookUrl" IS NOT NULL AS hooked,
         c."linkExpiresAt" <= now() AS expired, c."linkUsedAt" IS NOT NULL AS used,
         (c."linkUsedAt" IS NOT NULL OR r.id IS NOT NULL) AS answered, coalesce(r."submissionId" = ${input.submissionId}::uuid, false) AS mine,
         c.id AS contact_id, c."teamId" AS team_id, c."momentOfTruthId" AS moment_id, c.channel, c.locale,
         c."externalId" AS contact_ext, c."agentExternalId" AS agent_ext, t."externalId" AS team_ext, t.name AS team_name, m.key AS moment_key,
         (SELECT count(*) FROM "MirroredItem" i
           WHERE i."organisationId" = c."organisationId" AND i.active AND i.id = ANY(${itemIds}::uuid[])) = ${itemIds.length} AS items_ok,
         (SELECT count(*) FROM "Irritant" x
           WHERE x."organisationId" = c."organisationId" AND x.side = 'CUSTOMER' AND x.active AND x.id = ANY(${input.irritantIds}::uuid[])) = ${input.irritantIds.length} AS irritants_ok
  FROM "Contact" c
  JOIN "Organisation" o ON o.id = c."organisationId"
  JOIN "Team" t ON t.id = c."teamId"
  JOIN "MomentOfTruth" m ON m.id = c."momentOfTruthId"
  LEFT JOIN "CustomerResponse" r ON r."contactId" = c.id
  WHERE c."tokenHash" = ${tokenHash}
), consumed AS (
  UPDATE "Contact" c SET "linkUsedAt" = now()
  FROM ctx
  WHERE c.id = ctx.contact_id AND ctx.items_ok AND ctx.irritants_ok AND NOT ctx.answered
    AND c."linkUsedAt" IS NULL AND c."linkExpiresAt" > now()
  RETURNING c.id
), response AS (
  INSERT INTO "CustomerResponse" (id, "organisationId", "contactId", "teamId", "momentOfTruthId", channel, locale,
                                  "submissionId", score, comment, "irritantOther")
  SELECT ${ids.response}::uuid, ctx.org, ctx.contact_id, ctx.team_id, ctx.moment_id, ctx.channel, ctx.locale,
         ${input.submissionId}::uuid, ${input.score}::smallint, ${input.comment}::text, ${input.irritantOther}::text
  FROM consumed CROSS JOIN ctx
  RETURNING id, "organisationId" AS org, "submittedAt"
), items AS (
  INSERT INTO "CustomerItemAnswer" ("organisationId", "responseId", "itemId", value)
  SELECT r.org, r.id, t.item_id, t.value
  FROM response r CROSS JOIN unnest(${itemIds}::uuid[], ${itemIds.map((id) => input.items[id]!)}::smallint[]) AS t(item_id, value)
), irritants AS (
  INSERT INTO "CustomerResponseIrritant" ("organisationId", "responseId", "irritantId")
  SELECT r.org, r.id, t.irritant_id
  FROM response r CROSS JOIN unnest(${input.irritantIds}::uuid[]) AS t(irritant_id)
), locked AS (
  SELECT p.org, p.period, p.team_id
  FROM (SELECT r.org, ${monthOf(Prisma.sql`r."submittedAt"`)} AS period, ctx.team_id FROM response r CROSS JOIN ctx) p
  CROSS JOIN LATERAL pg_advisory_xact_lock_shared(${rollupLockKeys(Prisma.sql`p.org`, Prisma.sql`p.period`)}) AS lock
), marker AS (
  INSERT INTO "RollupDirtyTeam" ("organisationId", period, "teamId")
  SELECT org, period, team_id FROM locked
  ON CONFLICT DO NOTHING
), follow_up AS (
  INSERT INTO "FollowUp" (id, "organisationId", "teamId", "responseId")
  SELECT ${ids.followUp}::uuid, r.org, ctx.team_id, r.id
  FROM response r CROSS JOIN ctx WHERE ${ids.followUp}::uuid IS NOT NULL
  RETURNING id
), delivery AS (
  INSERT INTO "WebhookDelivery" (id, "organisationId", event, payload)
  SELECT ${ids.delivery}::uuid, r.org, 'response.detractor',
         jsonb_build_object(
           'responseId', r.id, 'followUpId', f.id,
           'submittedAt', to_char(r."submittedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'score', ${input.score}::int, 'comment', ${input.comment}::text,
           'contact', jsonb_build_object('id', ctx.contact_id, 'externalId', ctx.contact_ext, 'agentExternalId', ctx.agent_ext),
           'team', jsonb_build_object('id', ctx.team_id, 'externalId', ctx.team_ext, 'name', ctx.team_name),
           'channel', ctx.channel, 'locale', ctx.locale, 'momentOfTruth', ctx.moment_key)
  FROM response r CROSS JOIN follow_up f CROSS JOIN ctx WHERE ctx.hooked
)
SELECT ctx.name, ctx."brandColor", ctx.slug, ctx.expired, ctx.used, ctx.answered, ctx.mine,
       ctx.items_ok AS "itemsOk", ctx.irritants_ok AS "irritantsOk", (SELECT id::text FROM response) AS "storedId"
FROM ctx`;
}

/** One round trip; undefined for an unknown token. Throws 23505 when a concurrent twin won. */
export async function storeCustomerResponse(tokenHash: Buffer, input: CustomerResponseInput): Promise<StoreOutcome | undefined> {
  return asSystem(async () => {
    const [responseId, followUpId, deliveryId] = uuidV7Batch(3) as [string, string, string];
    const detractor = input.score <= DETRACTOR_MAX_SCORE;
    const statement = storeStatement(tokenHash, input, {
      response: responseId,
      followUp: detractor ? followUpId : null,
      delivery: deliveryId,
    });
    // Named: the text never changes, so each pooled connection parses and plans it once.
    const { rows } = await pool().query<StoreOutcome>({ name: "survey-response-store", text: statement.text, values: statement.values });
    return rows[0];
  });
}
