// How many of the organisation's contacts match the contacts page's filters, by email status and
// by link state (the page's summary line). Same policy and filters as list-contacts.ts.
import type { Principal } from "@/lib/auth/actor-types";
import { type ContactCountsRow, queryContactCounts } from "@/lib/db/internal/contacts/contact-rows";
import { parseContactFilters } from "./list-contacts";
import { withOrganisation } from "../tenant-context";

export type ContactCountsDto = ContactCountsRow;

export async function countContacts(principal: Principal, filters: unknown, now = new Date()): Promise<ContactCountsDto> {
  return withOrganisation(principal.organisationId, async () => {
    return queryContactCounts(principal.organisationId, parseContactFilters(principal, filters), now);
  });
}
