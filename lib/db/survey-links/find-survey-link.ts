// What the respondent page needs for a link token: the organisation's look and the
// customer side of its active catalogues, or why the link cannot be answered. The token
// is the respondent's only credential: it is hashed and looked up, never stored or logged.
import type { Locale } from "@/lib/i18n/config";
import { hashSecret, isWellFormedLinkToken } from "@/lib/surveys/tokens";
import { pool } from "../client";
import { asSystem } from "../tenant-context";

export interface SurveyBrandDto {
  organisationName: string;
  brandColor: string;
  /** Where the organisation's privacy notice for respondents lives (/{locale}/privacy/{slug}). */
  organisationSlug: string;
}

/** The organisation's own customer wording in the link's language (SurveyWording); null = standard. */
export interface SurveyWordingTextDto {
  questionName: string | null;
  intro: string | null;
  thankYou: string | null;
}

/** The contact the link follows, recalled at the top of the form ("Following your call on 3 December"). */
export interface SurveyContactDto {
  channel: "PHONE" | "EMAIL" | "CHAT" | "STORE" | "FIELD" | "UNKNOWN";
  occurredAt: Date;
}

export interface SurveyFormDto extends SurveyBrandDto, SurveyWordingTextDto {
  status: "open";
  contact: SurveyContactDto;
  items: Array<{ id: string; text: string }>;
  irritants: Array<{ id: string; label: string }>;
}

export type SurveyLinkDto = { status: "unknown" } | ({ status: "expired" | "answered" } & SurveyBrandDto) | SurveyFormDto;

interface LinkRow extends SurveyBrandDto, SurveyContactDto, SurveyWordingTextDto {
  answered: boolean;
  expired: boolean;
  items: SurveyFormDto["items"] | null;
  irritants: SurveyFormDto["irritants"] | null;
}

/**
 * One round trip (plain SQL: this page is the hottest path, and Prisma's per-query compile
 * cost exceeded the query's own). A response stored by another path (import, seed) counts
 * as answered even if the link was not consumed. The catalogue, in the URL's language and
 * in catalogue order, is only aggregated for an open link.
 */
const FIND_SQL = `
SELECT o.name AS "organisationName", o."brandColor" AS "brandColor", o.slug AS "organisationSlug",
       c.channel, c."occurredAt" AS "occurredAt",
       w.name AS "questionName", w.intro, w."thankYou" AS "thankYou",
       (c."linkUsedAt" IS NOT NULL OR r.id IS NOT NULL) AS answered,
       c."linkExpiresAt" <= now() AS expired,
       CASE WHEN c."linkUsedAt" IS NULL AND r.id IS NULL AND c."linkExpiresAt" > now() THEN (
         SELECT coalesce(json_agg(json_build_object('id', i.id, 'text', CASE WHEN $2::text = 'en' THEN i."customerTextEn" ELSE i."customerTextFr" END)
                                  ORDER BY i.position, i.dimension), '[]'::json)
         FROM "MirroredItem" i WHERE i."organisationId" = c."organisationId" AND i.active
       ) END AS items,
       CASE WHEN c."linkUsedAt" IS NULL AND r.id IS NULL AND c."linkExpiresAt" > now() THEN (
         SELECT coalesce(json_agg(json_build_object('id', x.id, 'label', CASE WHEN $2::text = 'en' THEN x."labelEn" ELSE x."labelFr" END)
                                  ORDER BY x.position, x.key), '[]'::json)
         FROM "Irritant" x WHERE x."organisationId" = c."organisationId" AND x.side = 'CUSTOMER' AND x.active
       ) END AS irritants
FROM "Contact" c
JOIN "Organisation" o ON o.id = c."organisationId"
LEFT JOIN "CustomerResponse" r ON r."contactId" = c.id
LEFT JOIN "SurveyWording" w ON w."organisationId" = c."organisationId" AND w.locale::text = $2::text AND w.side = 'CUSTOMER'
WHERE c."tokenHash" = $1`;

/** The customer wording behind a link token, for the thank-you after a POST (null: standard). */
export async function findSurveyWording(token: string, locale: Locale): Promise<SurveyWordingTextDto | null> {
  return asSystem(async () => {
    if (!isWellFormedLinkToken(token)) return null;
    const { rows } = await pool().query<SurveyWordingTextDto>({
      name: "survey-wording-find",
      text: `SELECT w.name AS "questionName", w.intro, w."thankYou" AS "thankYou"
           FROM "Contact" c JOIN "SurveyWording" w ON w."organisationId" = c."organisationId" AND w.locale::text = $2::text AND w.side = 'CUSTOMER'
           WHERE c."tokenHash" = $1`,
      values: [Buffer.from(hashSecret(token)), locale],
    });
    return rows[0] ?? null;
  });
}

export async function findSurveyLink(token: string, locale: Locale): Promise<SurveyLinkDto> {
  return asSystem(async () => {
    if (!isWellFormedLinkToken(token)) return { status: "unknown" };
    const { rows } = await pool().query<LinkRow>({
      name: "survey-link-find",
      text: FIND_SQL,
      values: [Buffer.from(hashSecret(token)), locale],
    });
    const link = rows[0];
    if (!link) return { status: "unknown" };
    const brand = { organisationName: link.organisationName, brandColor: link.brandColor, organisationSlug: link.organisationSlug };
    if (link.answered) return { status: "answered", ...brand };
    if (link.expired || !link.items || !link.irritants) return { status: "expired", ...brand };
    const contact = { channel: link.channel, occurredAt: link.occurredAt };
    const wording = { questionName: link.questionName, intro: link.intro, thankYou: link.thankYou };
    return { status: "open", ...brand, ...wording, contact, items: link.items, irritants: link.irritants };
  });
}
