// The organisation's audit log for its ADMINs (`audit:read`): filtered by person, action and Paris
// days, newest first in keyset pages of 50 with opaque cursors both ways. Bad filters and cursors
// are INVALID_INPUT with a message; a person of another organisation is "not found".
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { type AuditRow, queryAuditRows } from "@/lib/db/internal/audit/audit-rows";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { type AuditCursor, type AuditFilters, decodeAuditCursor, encodeAuditCursor, ZAuditFilters } from "@/lib/organisations/audit-log";
import { withOrganisation } from "../tenant-context";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryDto = AuditRow;

export interface AuditLogPageDto {
  rows: AuditEntryDto[];
  /** Opaque; null on the last (oldest) page. */
  nextCursor: string | null;
  /** Opaque; null on the first (newest) page. */
  previousCursor: string | null;
}

/** Policy, then the schema, then the person must be a membership of the principal's organisation. */
export async function parseAuditFilters(principal: Principal, raw: unknown): Promise<AuditFilters> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "audit:read")) throw new ForbiddenError();
    const parsed = ZAuditFilters.safeParse(raw ?? {});
    if (!parsed.success) {
      throw new ExpectedError("INVALID_INPUT", parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    }
    const personId = parsed.data.personId;
    if (personId) {
      const person = await db().membership.findFirst({
        where: { id: personId, organisationId: principal.organisationId },
        select: { id: true },
      });
      if (!person) throw new NotFoundError("person");
    }
    return parsed.data;
  });
}

function parseCursor(text: string | undefined): AuditCursor | null {
  if (text === undefined || text === "") return null;
  const cursor = decodeAuditCursor(text);
  if (!cursor) throw new ExpectedError("INVALID_INPUT", "cursor: is not a page of this list");
  return cursor;
}

const after = (row: AuditRow) => encodeAuditCursor({ direction: "after", createdAt: row.createdAt, id: row.id });
const before = (row: AuditRow) => encodeAuditCursor({ direction: "before", createdAt: row.createdAt, id: row.id });

export async function listAuditLog(principal: Principal, input: { filters?: unknown; cursor?: string } = {}): Promise<AuditLogPageDto> {
  return withOrganisation(principal.organisationId, async () => {
    const filters = await parseAuditFilters(principal, input.filters);
    const cursor = parseCursor(input.cursor);
    const rows = await queryAuditRows(principal.organisationId, filters, cursor, AUDIT_PAGE_SIZE + 1);
    if (cursor?.direction === "before") {
      // Read oldest first from just above the cursor; an extra row means newer pages remain.
      // Back at the top, the first page is drawn whole rather than a short one.
      if (rows.length <= AUDIT_PAGE_SIZE) return listAuditLog(principal, { filters });
      const page = rows.slice(0, AUDIT_PAGE_SIZE).reverse();
      return { rows: page, nextCursor: after(page.at(-1)!), previousCursor: before(page[0]!) };
    }
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    return {
      rows: page,
      nextCursor: rows.length > AUDIT_PAGE_SIZE ? after(page.at(-1)!) : null,
      previousCursor: cursor && page.length > 0 ? before(page[0]!) : null,
    };
  });
}
