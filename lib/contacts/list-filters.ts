// Pure: the contacts list's filters — the zod schema the data layer validates with, and their
// reading from a URL (a plain GET form writes them; malformed values are dropped, not fatal)
// and writing back into links (pages, export) with the same parameter names.
import { z } from "zod";
import { DASHBOARD_CHANNELS } from "@/lib/symmetry/symmetry-filters";
import { MONTH_PATTERN } from "@/lib/patterns";

export const EMAIL_STATUSES = ["NONE", "PENDING", "SENT", "FAILED", "UNSUBSCRIBED"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** Computed from the contact's link: answered (a response or a used link), else expired once past linkExpiresAt, else open. */
export const LINK_STATES = ["open", "answered", "expired"] as const;
export type LinkState = (typeof LINK_STATES)[number];

export const ZContactFilters = z
  .object({
    emailStatus: z.enum(EMAIL_STATUSES).optional(),
    linkState: z.enum(LINK_STATES).optional(),
    /** A team of the organisation: the contacts of its whole subtree. */
    teamId: z.uuid().optional(),
    channel: z.enum(DASHBOARD_CHANNELS).optional(),
    /** Months "YYYY-MM" of occurredAt, calendar months in Paris, both included. */
    from: z.string().regex(MONTH_PATTERN).optional(),
    to: z.string().regex(MONTH_PATTERN).optional(),
    /** Prefix of externalId, case-insensitive. */
    q: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["to"] });

export type ContactFilters = z.infer<typeof ZContactFilters>;

export type SearchParams = Record<string, string | string[] | undefined>;

/** URL parameter of each filter (short, readable in a shared link). */
const PARAMS = { emailStatus: "status", linkState: "link", teamId: "team", channel: "channel", from: "from", to: "to", q: "q" } as const;

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim() !== "" ? first.trim() : undefined;
}

/** Each parameter checked on its own: one bad value drops that filter only. A reversed period is put back in order. */
export function readContactFilters(params: SearchParams): ContactFilters {
  const fields = ZContactFilters.shape;
  const filters: Record<string, string> = {};
  for (const [key, name] of Object.entries(PARAMS) as Array<[keyof typeof PARAMS, string]>) {
    let raw = one(params[name]);
    if (raw && (key === "emailStatus" || key === "channel")) raw = raw.toUpperCase();
    if (raw && (key === "linkState" || key === "teamId")) raw = raw.toLowerCase();
    const parsed = fields[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  return filters as ContactFilters;
}

/** "?status=FAILED&team=…" ("" when nothing), plus an opaque page cursor and an action's outcome. */
export function contactFiltersQuery(filters: ContactFilters, extra: { cursor?: string; result?: string } = {}): string {
  const query = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAMS) as Array<[keyof typeof PARAMS, string]>) {
    const value = filters[key];
    if (value) query.set(name, value);
  }
  if (extra.cursor) query.set("cursor", extra.cursor);
  if (extra.result) query.set("result", extra.result);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The page's cursor parameter, if it looks like one (the data layer decodes it). */
export function readCursor(params: SearchParams): string | undefined {
  const cursor = one(params.cursor);
  return cursor && /^[A-Za-z0-9_-]{1,100}$/.test(cursor) ? cursor : undefined;
}

/** A team that is not among the organisation's (unknown, another organisation's) is dropped, like any garbage. */
export function withKnownTeam(filters: ContactFilters, teams: ReadonlyArray<{ id: string }>): ContactFilters {
  if (!filters.teamId || teams.some((team) => team.id === filters.teamId)) return filters;
  const kept = { ...filters };
  delete kept.teamId;
  return kept;
}

export const hasContactFilter = (filters: ContactFilters) => Object.values(filters).some((value) => value !== undefined);
