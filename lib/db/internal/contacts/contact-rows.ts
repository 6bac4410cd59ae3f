// The contacts list's SQL (plain pg: one round trip, no per-query compile), shared by the page,
// its counts and its CSV export so the three always mean the same thing by a filter. Callers
// check the policy first; every statement is scoped to the organisation given here.
import type { ContactFilters, EmailStatus, LinkState } from "@/lib/contacts/list-filters";
import type { Locale } from "@/lib/i18n/config";
import { pool } from "@/lib/db/client";
import { ROLLUP_TIME_ZONE } from "@/lib/db/rollup/period-sql";
import { isUuid } from "@/lib/patterns";
import { withOrganisation } from "../../tenant-context";

/** A contact as the list reads it; the email is the full address (list-contacts.ts masks it). */
export interface ContactRow {
  id: string;
  occurredAt: Date;
  externalId: string | null;
  teamName: string;
  channel: string;
  momentOfTruth: { key: string; labelFr: string; labelEn: string };
  locale: Locale;
  customerEmail: string | null;
  emailStatus: EmailStatus;
  emailAttempts: number;
  emailLastError: string | null;
  /** When the mail job will (re)try; null when nothing is due. */
  emailNextAttemptAt: Date | null;
  linkState: LinkState;
  score: number | null;
}

/** Where a page starts: strictly older ("after", the next page) or newer ("before", the previous one) than a row. */
export interface ContactCursor {
  direction: "after" | "before";
  occurredAt: Date;
  id: string;
}

export function encodeContactCursor(cursor: ContactCursor): string {
  return Buffer.from(`${cursor.direction === "after" ? "a" : "b"}.${cursor.occurredAt.getTime()}.${cursor.id}`, "utf8").toString(
    "base64url",
  );
}

/** null for anything this list did not write (the page then starts from the top). */
export function decodeContactCursor(text: string | undefined): ContactCursor | null {
  if (!text || text.length > 100) return null;
  const [direction, ms, id, ...rest] = Buffer.from(text, "base64url").toString("utf8").split(".");
  if (rest.length > 0 || (direction !== "a" && direction !== "b") || !ms || !/^\d{1,15}$/.test(ms) || !id || !isUuid(id)) return null;
  return { direction: direction === "a" ? "after" : "before", occurredAt: new Date(Number(ms)), id };
}

/** Numbered parameters for one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// A response stored by another path (import, fixture) counts as answered even if the link was not consumed.
const ANSWERED = `(c."linkUsedAt" IS NOT NULL OR r.id IS NOT NULL)`;
const FROM = `"Contact" c LEFT JOIN "CustomerResponse" r ON r."contactId" = c.id AND r."organisationId" = c."organisationId"`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The filters as one WHERE condition; `now` decides which open links have expired. */
function filterSql(organisationId: string, filters: ContactFilters, now: Date, p: Params): string {
  const organisation = p.add(organisationId);
  const where = [`c."organisationId" = ${organisation}::uuid`];
  if (filters.emailStatus) where.push(`c."emailStatus" = ${p.add(filters.emailStatus)}::"EmailStatus"`);
  if (filters.channel) where.push(`c.channel = ${p.add(filters.channel)}::"Channel"`);
  if (filters.linkState === "answered") where.push(ANSWERED);
  else if (filters.linkState)
    where.push(`NOT ${ANSWERED} AND c."linkExpiresAt" ${filters.linkState === "expired" ? "<=" : ">"} ${p.add(now)}`);
  if (filters.teamId) {
    // The team's subtree, by materialised path; a team of another organisation matches nothing.
    where.push(`c."teamId" IN (SELECT d.id FROM "Team" d JOIN "Team" root ON root.id = ${p.add(filters.teamId)}::uuid AND root."organisationId" = ${organisation}::uuid
      WHERE d."organisationId" = ${organisation}::uuid AND starts_with(d.path, root.path))`);
  }
  // Calendar months in Paris, as the dashboard counts them (lib/db/rollup/period-sql.ts).
  const zone = filters.from || filters.to ? p.add(ROLLUP_TIME_ZONE) : "";
  if (filters.from) where.push(`c."occurredAt" >= (${p.add(`${filters.from}-01`)}::date::timestamp AT TIME ZONE ${zone})`);
  if (filters.to)
    where.push(`c."occurredAt" < ((${p.add(`${filters.to}-01`)}::date + interval '1 month')::timestamp AT TIME ZONE ${zone})`);
  if (filters.q) where.push(`c."externalId" ILIKE ${p.add(`${escapeLike(filters.q)}%`)}`);
  return where.join(" AND ");
}

interface RawRow extends Omit<ContactRow, "momentOfTruth"> {
  momentKey: string;
  labelFr: string;
  labelEn: string;
}

/**
 * One keyset page, newest first: (occurredAt, id) desc, on the (organisationId, occurredAt, id)
 * index. The page is cut before the joins, so only its own rows are joined.
 */
export async function queryContactRows(
  organisationId: string,
  filters: ContactFilters,
  now: Date,
  cursor: ContactCursor | null,
  limit: number,
): Promise<ContactRow[]> {
  return withOrganisation(organisationId, async () => {
    const p = new Params();
    const where = [filterSql(organisationId, filters, now, p)];
    const before = cursor?.direction === "before";
    if (cursor)
      where.push(`(c."occurredAt", c.id) ${before ? ">" : "<"} (${p.add(cursor.occurredAt)}::timestamptz, ${p.add(cursor.id)}::uuid)`);
    const order = before ? "ASC" : "DESC";
    const text = `
    SELECT c.id, c."occurredAt", c."externalId", t.name AS "teamName", c.channel, m.key AS "momentKey", m."labelFr", m."labelEn",
           c.locale, c."customerEmail", c."emailStatus", c."emailAttempts", c."emailLastError", c."emailNextAttemptAt", c.score,
           CASE WHEN c.answered THEN 'answered' WHEN c."linkExpiresAt" <= ${p.add(now)} THEN 'expired' ELSE 'open' END AS "linkState"
    FROM (
      SELECT c.id, c."occurredAt", c."externalId", c."teamId", c."momentOfTruthId", c.channel, c.locale, c."customerEmail",
             c."emailStatus", c."emailAttempts", c."emailLastError", c."emailNextAttemptAt", c."linkExpiresAt", ${ANSWERED} AS answered, r.score
      FROM ${FROM}
      WHERE ${where.join(" AND ")}
      ORDER BY c."occurredAt" ${order}, c.id ${order}
      LIMIT ${p.add(limit)}
    ) c
    JOIN "Team" t ON t.id = c."teamId"
    JOIN "MomentOfTruth" m ON m.id = c."momentOfTruthId"
    ORDER BY c."occurredAt" DESC, c.id DESC`;
    const { rows } = await pool().query<RawRow>(text, p.values);
    return rows.map(({ momentKey, labelFr, labelEn, ...row }) => ({ ...row, momentOfTruth: { key: momentKey, labelFr, labelEn } }));
  });
}

export interface ContactCountsRow {
  total: number;
  emailStatus: Record<EmailStatus, number>;
  linkState: Record<LinkState, number>;
}

/** How many contacts match, by email status and by link state: one pass over the filtered rows. */
export async function queryContactCounts(organisationId: string, filters: ContactFilters, now: Date): Promise<ContactCountsRow> {
  return withOrganisation(organisationId, async () => {
    const p = new Params();
    const where = filterSql(organisationId, filters, now, p);
    const at = p.add(now);
    const text = `
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE c."emailStatus" = 'NONE')::int AS "NONE",
           count(*) FILTER (WHERE c."emailStatus" = 'PENDING')::int AS "PENDING",
           count(*) FILTER (WHERE c."emailStatus" = 'SENT')::int AS "SENT",
           count(*) FILTER (WHERE c."emailStatus" = 'FAILED')::int AS "FAILED",
           count(*) FILTER (WHERE c."emailStatus" = 'UNSUBSCRIBED')::int AS "UNSUBSCRIBED",
           count(*) FILTER (WHERE ${ANSWERED})::int AS answered,
           count(*) FILTER (WHERE NOT ${ANSWERED} AND c."linkExpiresAt" <= ${at})::int AS expired
    FROM ${FROM}
    WHERE ${where}`;
    const {
      rows: [row],
    } = await pool().query<Record<EmailStatus | "total" | "answered" | "expired", number>>(text, p.values);
    const { total, NONE, PENDING, SENT, FAILED, UNSUBSCRIBED, answered, expired } = row!;
    return {
      total,
      emailStatus: { NONE, PENDING, SENT, FAILED, UNSUBSCRIBED },
      linkState: { open: total - answered - expired, answered, expired },
    };
  });
}
