// Pure: the audit log viewer's filters (person, action, days in Paris), their reading from and
// writing into URLs, the keyset cursor on (createdAt, id), and metadata as readable lines.
// Bad values are not dropped here: the data layer refuses them with a message the page shows.
import { z } from "zod";
import { UUID_PATTERN } from "@/lib/patterns";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (value: string) => DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const ZDay = z.string().refine(isRealDay, "must be a date (YYYY-MM-DD)");

export const ZAuditFilters = z
  .object({
    /** A membership of the organisation (the data layer checks it is one). */
    personId: z.string().regex(UUID_PATTERN, "must be a person of the list").optional(),
    action: z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9_.:-]+$/, "must be an action of the list")
      .optional(),
    /** Calendar days in Paris, both included. */
    from: ZDay.optional(),
    to: ZDay.optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "must not be before the start date", path: ["to"] });
export type AuditFilters = z.infer<typeof ZAuditFilters>;

const PARAMS = { personId: "person", action: "action", from: "from", to: "to" } as const;
export type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** What the URL says, empty fields left out; the data layer validates it. */
export function readAuditFilters(query: SearchParams): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [field, param] of Object.entries(PARAMS)) {
    const value = first(query[param])?.trim();
    if (value) raw[field] = value;
  }
  return raw;
}

export const readAuditCursor = (query: SearchParams): string | undefined => first(query.cursor) || undefined;

/** `?person=…&action=…` (with a cursor when given), or "" when there is nothing to say. */
export function auditFiltersQuery(filters: Partial<Record<keyof typeof PARAMS, string>>, extra: { cursor?: string } = {}): string {
  const search = new URLSearchParams();
  for (const [field, param] of Object.entries(PARAMS)) {
    const value = filters[field as keyof typeof PARAMS];
    if (value) search.set(param, value);
  }
  if (extra.cursor) search.set("cursor", extra.cursor);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Strictly older ("after": the next page) or newer ("before": the previous one) than a row. */
export interface AuditCursor {
  direction: "after" | "before";
  createdAt: Date;
  /** The row's bigint id, in decimal. */
  id: string;
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.direction === "after" ? "a" : "b"}.${cursor.createdAt.getTime()}.${cursor.id}`, "utf8").toString(
    "base64url",
  );
}

/** null for anything this list did not write. */
export function decodeAuditCursor(text: string): AuditCursor | null {
  if (text.length > 100) return null;
  const [direction, ms, id, ...rest] = Buffer.from(text, "base64url").toString("utf8").split(".");
  if (rest.length > 0 || (direction !== "a" && direction !== "b") || !ms || !/^\d{1,15}$/.test(ms) || !id || !/^\d{1,19}$/.test(id)) {
    return null;
  }
  return { direction: direction === "a" ? "after" : "before", createdAt: new Date(Number(ms)), id };
}

/** Metadata as "key: value" lines, nested values dotted ("counts.created: 3"), in a stable order. */
export function metadataLines(metadata: unknown, prefix = ""): string[] {
  if (metadata === null || metadata === undefined) return prefix ? [`${prefix}: —`] : [];
  if (typeof metadata !== "object") return [prefix ? `${prefix}: ${String(metadata)}` : String(metadata)];
  if (Array.isArray(metadata) && metadata.every((item) => item === null || typeof item !== "object")) {
    return [`${prefix || "value"}: ${metadata.join(", ")}`];
  }
  const entries = Object.entries(metadata as Record<string, unknown>);
  if (entries.length === 0) return prefix ? [`${prefix}: —`] : [];
  return entries.flatMap(([key, value]) => metadataLines(value, prefix ? `${prefix}.${key}` : key));
}

/** An action code in the reader's words (messages audit.actions), or the code itself when it has none. */
export function auditActionLabel(action: string, labels: Readonly<Record<string, string>>): string {
  return Object.hasOwn(labels, action) ? labels[action]! : action;
}
