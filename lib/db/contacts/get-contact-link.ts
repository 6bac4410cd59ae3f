// A contact's survey link, rebuilt for its QR code (issue 13 §3). Only the token's hash is stored;
// the token is derived from the server secret and the contact id (lib/surveys/tokens.ts), the way
// createContacts answers an existing contact and the mail job sends it, so nothing new is kept.
// Another organisation's or an unknown id: not found. An answered or expired link: gone.
import type { Principal } from "@/lib/auth/actor-types";
import { authSecret } from "@/lib/auth/secret";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface ContactLinkDto {
  id: string;
  externalId: string | null;
  locale: Locale;
  organisationName: string;
  /** The path after the origin: /<locale>/r/<token>. */
  path: string;
  expiresAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getContactLink(principal: Principal, contactId: string, now = new Date()): Promise<ContactLinkDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "contacts:manage")) throw new ForbiddenError();
    if (!UUID.test(contactId)) throw new NotFoundError("contact");
    const contact = await db().contact.findFirst({
      where: { id: contactId.toLowerCase(), organisationId: principal.organisationId },
      select: {
        id: true,
        externalId: true,
        locale: true,
        linkExpiresAt: true,
        linkUsedAt: true,
        organisation: { select: { name: true } },
      },
    });
    if (!contact) throw new NotFoundError("contact");
    if (contact.linkUsedAt) throw new ExpectedError("GONE", "The customer has already answered: this link can no longer be used.");
    if (contact.linkExpiresAt <= now) throw new ExpectedError("GONE", "This link has expired: it can no longer be used.");
    const { token } = linkTokenFor(authSecret(), contact.id);
    return {
      id: contact.id,
      externalId: contact.externalId,
      locale: contact.locale,
      organisationName: contact.organisation.name,
      path: `/${contact.locale}/r/${token}`,
      expiresAt: contact.linkExpiresAt,
    };
  });
}
