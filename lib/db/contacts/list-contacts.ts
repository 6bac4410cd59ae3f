// The organisation's contacts for the contacts page (principals allowed `contacts:manage`),
// newest first, in keyset pages of 50 with opaque cursors both ways, filters validated with zod.
// Email addresses come masked; the full address leaves only through export-contacts.ts.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { type ContactFilters, ZContactFilters } from "@/lib/contacts/list-filters";
import { maskEmail } from "@/lib/contacts/mask-email";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { type ContactRow, decodeContactCursor, encodeContactCursor, queryContactRows } from "@/lib/db/internal/contacts/contact-rows";
import { withOrganisation } from "../tenant-context";

export const CONTACTS_PAGE_SIZE = 50;

export type ContactRowDto = ContactRow;

export interface ContactListPageDto {
  rows: ContactRowDto[];
  /** Opaque; null on the last page. */
  nextCursor: string | null;
  /** Opaque; null on the first page. */
  previousCursor: string | null;
}

export interface ListContactsInput {
  filters?: unknown;
  /** A cursor this function returned; anything else starts from the top. */
  cursor?: string;
  /** The instant links are judged expired against (tests pin it). */
  now?: Date;
}

/** Throws ForbiddenError for roles without `contacts:manage`, INVALID_INPUT for filters the schema refuses. */
export function parseContactFilters(principal: Principal, filters: unknown): ContactFilters {
  return withOrganisation(principal.organisationId, () => {
    if (!can(principal, "contacts:manage")) throw new ForbiddenError();
    const parsed = ZContactFilters.safeParse(filters ?? {});
    if (!parsed.success)
      throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    return parsed.data;
  });
}

const masked = (row: ContactRow): ContactRowDto => ({
  ...row,
  customerEmail: row.customerEmail === null ? null : maskEmail(row.customerEmail),
});
const after = (row: ContactRow) => encodeContactCursor({ direction: "after", occurredAt: row.occurredAt, id: row.id });
const before = (row: ContactRow) => encodeContactCursor({ direction: "before", occurredAt: row.occurredAt, id: row.id });

export async function listContacts(principal: Principal, input: ListContactsInput = {}): Promise<ContactListPageDto> {
  return withOrganisation(principal.organisationId, async () => {
    const filters = parseContactFilters(principal, input.filters);
    const now = input.now ?? new Date();
    const cursor = decodeContactCursor(input.cursor);
    const limit = CONTACTS_PAGE_SIZE;
    const rows = await queryContactRows(principal.organisationId, filters, now, cursor, limit + 1);
    if (cursor?.direction === "before") {
      // Rows come newest first; the extra one, if any, is the newest and says a page lies before.
      // Back at the top (no extra row), the first page is drawn whole rather than a short one.
      if (rows.length <= limit) return listContacts(principal, { filters, now });
      const page = rows.slice(1);
      return { rows: page.map(masked), nextCursor: after(page.at(-1)!), previousCursor: before(page[0]!) };
    }
    const page = rows.slice(0, limit);
    const more = rows.length > limit;
    return {
      rows: page.map(masked),
      nextCursor: more ? after(page.at(-1)!) : null,
      previousCursor: cursor && page.length > 0 ? before(page[0]!) : null,
    };
  });
}
