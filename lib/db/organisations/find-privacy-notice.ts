// What the public privacy notice for customer respondents needs (/{locale}/privacy/{slug}, issue
// 19 §5): the organisation's name and colour and how long its links stay valid. Public on purpose
// (respondents are not signed in): it reads nothing a survey page does not already show.
import { SLUG_PATTERN } from "@/lib/organisations/create-organisation-schema";
import { db } from "../client";
import { asSystem } from "../tenant-context";

export interface PrivacyNoticeDto {
  organisationName: string;
  brandColor: string;
  linkExpiryDays: number;
}

/** Null for a malformed or unknown slug (the page answers 404 either way). */
export async function findPrivacyNotice(slug: string): Promise<PrivacyNoticeDto | null> {
  return asSystem(async () => {
    if (!SLUG_PATTERN.test(slug)) return null;
    const found = await db().organisation.findUnique({
      where: { slug },
      select: { name: true, brandColor: true, linkExpiryDays: true },
    });
    return found ? { organisationName: found.name, brandColor: found.brandColor, linkExpiryDays: found.linkExpiryDays } : null;
  });
}
