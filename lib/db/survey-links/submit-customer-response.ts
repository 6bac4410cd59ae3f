// Stores a customer's answer for a link token, exactly once. The link is consumed by one
// conditional UPDATE in the same statement as the response (and, for a detractor, its
// FollowUp and webhook outbox row); a retry with the same submissionId gets the same
// thank-you, any other second answer "already answered" (issue 3, SECURITY.md).
import type { CustomerResponseInput, ResponseField } from "@/lib/surveys/response-schema";
import { hashSecret, isWellFormedLinkToken } from "@/lib/surveys/tokens";
import { pool } from "../client";
import type { Channel, Locale } from "../generated/client";
import type { SurveyBrandDto } from "./find-survey-link";
import type { LinkContext } from "./detractor-payload";
import { storeCustomerResponse } from "./store-customer-response";

export { DETRACTOR_MAX_SCORE } from "./store-customer-response";

export type SubmitResultDto =
  | ({ status: "stored" | "duplicate" } & SurveyBrandDto)
  | ({ status: "answered" | "expired" } & SurveyBrandDto)
  | { status: "unknown" }
  | { status: "invalid"; fields: ResponseField[] };

interface ContextRow {
  id: string; organisationId: string; expired: boolean; used: boolean; answered: boolean; mine: boolean;
  name: string; brandColor: string; webhookUrl: string | null;
  contactId: string; teamId: string; momentOfTruthId: string; channel: Channel; locale: Locale;
  externalId: string | null; agentExternalId: string | null; teamExternalId: string | null; teamName: string; momentKey: string;
  itemMatches: number; irritantMatches: number;
}

/**
 * Everything the submission needs, in one round trip: the link's state (and whether this
 * submissionId is the one already stored), what the webhook payload names, and how many of
 * the posted item and irritant ids belong to the organisation's active customer catalogue.
 */
const CONTEXT_SQL = `
SELECT l.id, l."organisationId", l."expiresAt" <= now() AS expired, l."usedAt" IS NOT NULL AS used,
       (l."usedAt" IS NOT NULL OR r.id IS NOT NULL) AS answered, coalesce(r."submissionId" = $2::uuid, false) AS mine,
       o.name, o."brandColor", o."webhookUrl",
       c.id AS "contactId", c."teamId", c."momentOfTruthId", c.channel, c.locale, c."externalId", c."agentExternalId",
       t."externalId" AS "teamExternalId", t.name AS "teamName", m.key AS "momentKey",
       (SELECT count(*)::int FROM "MirroredItem" i
         WHERE i."organisationId" = l."organisationId" AND i.active AND i.id = ANY($3::uuid[])) AS "itemMatches",
       (SELECT count(*)::int FROM "Irritant" x
         WHERE x."organisationId" = l."organisationId" AND x.side = 'CUSTOMER' AND x.active AND x.id = ANY($4::uuid[])) AS "irritantMatches"
FROM "SurveyLink" l
JOIN "Organisation" o ON o.id = l."organisationId"
JOIN "Contact" c ON c.id = l."contactId"
JOIN "Team" t ON t.id = c."teamId"
JOIN "MomentOfTruth" m ON m.id = c."momentOfTruthId"
LEFT JOIN "CustomerResponse" r ON r."contactId" = l."contactId"
WHERE l."tokenHash" = $1`;

async function loadContext(tokenHash: Buffer, input: CustomerResponseInput): Promise<ContextRow | undefined> {
  const values = [tokenHash, input.submissionId, Object.keys(input.items), input.irritantIds];
  const { rows } = await pool().query<ContextRow>({ name: "survey-response-context", text: CONTEXT_SQL, values });
  return rows[0];
}

function linkContext(row: ContextRow): LinkContext {
  return {
    id: row.id,
    organisationId: row.organisationId,
    expiresAt: new Date(0), // not needed past the checks, which the database made
    usedAt: null,
    organisation: { name: row.name, brandColor: row.brandColor, webhookUrl: row.webhookUrl },
    contact: {
      id: row.contactId, teamId: row.teamId, momentOfTruthId: row.momentOfTruthId, channel: row.channel, locale: row.locale,
      externalId: row.externalId, agentExternalId: row.agentExternalId,
      team: { externalId: row.teamExternalId, name: row.teamName },
      momentOfTruth: { key: row.momentKey },
    },
  };
}

/** Why nothing was stored: our own earlier submission, another answer, or expiry. */
function settled(row: Pick<ContextRow, "mine" | "answered" | "name" | "brandColor">): SubmitResultDto {
  const brand = { organisationName: row.name, brandColor: row.brandColor };
  if (row.mine) return { status: "duplicate", ...brand };
  if (row.answered) return { status: "answered", ...brand };
  return { status: "expired", ...brand };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23505";
}

export async function submitCustomerResponse(token: string, input: CustomerResponseInput): Promise<SubmitResultDto> {
  if (!isWellFormedLinkToken(token)) return { status: "unknown" };
  const tokenHash = Buffer.from(hashSecret(token));
  const row = await loadContext(tokenHash, input);
  if (!row) return { status: "unknown" };
  if (row.used || row.expired) return settled(row);
  const fields: ResponseField[] = [];
  if (row.itemMatches !== Object.keys(input.items).length) fields.push("items");
  if (row.irritantMatches !== input.irritantIds.length) fields.push("irritants");
  if (fields.length) return { status: "invalid", fields };
  try {
    if (await storeCustomerResponse(tokenHash, linkContext(row), input)) {
      return { status: "stored", organisationName: row.name, brandColor: row.brandColor };
    }
  } catch (error) {
    // The contact already had a response stored by another path (contactId is unique), or
    // this submissionId was stored concurrently: the statement rolled back, settle below.
    if (!isUniqueViolation(error)) throw error;
  }
  // A concurrent submission won the link (or it expired meanwhile): read its state afresh.
  const after = await loadContext(tokenHash, input);
  return after ? settled(after) : { status: "unknown" };
}
