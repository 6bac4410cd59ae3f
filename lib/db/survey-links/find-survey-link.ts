// What the respondent page needs for a link token: the organisation's look and the
// customer side of its active catalogues, or why the link cannot be answered. The token
// is the respondent's only credential: it is hashed and looked up, never stored or logged.
import type { Locale } from "@/lib/i18n/config";
import { hashSecret, isWellFormedLinkToken } from "@/lib/surveys/tokens";
import { db } from "../client";

export interface SurveyBrandDto {
  organisationName: string;
  brandColor: string;
}

export interface SurveyFormDto extends SurveyBrandDto {
  status: "open";
  items: Array<{ id: string; text: string }>;
  irritants: Array<{ id: string; label: string }>;
}

export type SurveyLinkDto =
  | { status: "unknown" }
  | ({ status: "expired" | "answered" } & SurveyBrandDto)
  | SurveyFormDto;

export async function findSurveyLink(token: string, locale: Locale): Promise<SurveyLinkDto> {
  if (!isWellFormedLinkToken(token)) return { status: "unknown" };
  const link = await db().surveyLink.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: {
      organisationId: true,
      expiresAt: true,
      usedAt: true,
      contact: { select: { response: { select: { id: true } } } },
      organisation: { select: { name: true, brandColor: true } },
    },
  });
  if (!link) return { status: "unknown" };
  const brand = { organisationName: link.organisation.name, brandColor: link.organisation.brandColor };
  // A response stored by another path (import, seed) counts as answered even if the link was not consumed.
  if (link.usedAt || link.contact.response) return { status: "answered", ...brand };
  if (link.expiresAt.getTime() <= Date.now()) return { status: "expired", ...brand };
  const catalogue = await customerCatalogue(link.organisationId, locale);
  return { status: "open", ...brand, ...catalogue };
}

/** The customer side of the organisation's active mirrored items and irritants, in order. */
export async function customerCatalogue(organisationId: string, locale: Locale): Promise<Pick<SurveyFormDto, "items" | "irritants">> {
  const [items, irritants] = await Promise.all([
    db().mirroredItem.findMany({
      where: { organisationId, active: true },
      orderBy: [{ position: "asc" }, { dimension: "asc" }],
      select: { id: true, customerTextFr: true, customerTextEn: true },
    }),
    db().irritant.findMany({
      where: { organisationId, side: "CUSTOMER", active: true },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      select: { id: true, labelFr: true, labelEn: true },
    }),
  ]);
  return {
    items: items.map((item) => ({ id: item.id, text: locale === "en" ? item.customerTextEn : item.customerTextFr })),
    irritants: irritants.map((irritant) => ({ id: irritant.id, label: locale === "en" ? irritant.labelEn : irritant.labelFr })),
  };
}
