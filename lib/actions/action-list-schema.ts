// The actions list's filters (issue 14 §1): by team (its subtree included), owner, statuses,
// overdue, "mine", with a keyset cursor and a page size. Accepts what a page's query string or
// the REST API sends (statuses comma-separated or repeated, booleans as "true"/"false").
import { z } from "zod";
import { UUID_PATTERN } from "@/lib/patterns";

export const ACTIONS_PAGE_SIZE = 50;
export const ACTIONS_PAGE_MAX = 100;
const STATUSES = ["PROPOSED", "PLANNED", "IN_PROGRESS", "DONE", "MEASURED", "DROPPED"] as const;

const flag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0", ""])])
  .transform((value) => value === true || value === "true" || value === "1")
  .optional();
const optionalUuid = (message: string) =>
  z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value.toLowerCase()))
    .pipe(z.string().regex(UUID_PATTERN, message).optional())
    .optional();

export const ZListActionsFilters = z.strictObject({
  teamId: optionalUuid("must be a team id").describe("Actions of this team or of a team under it (owning or concerned)."),
  ownerId: optionalUuid("must be a person's membership id").describe("Actions this person owns."),
  status: z
    .union([z.array(z.enum(STATUSES)), z.string()])
    .transform((value) =>
      Array.isArray(value)
        ? value
        : value
            .split(",")
            .map((part) => part.trim())
            .filter(Boolean),
    )
    .pipe(z.array(z.enum(STATUSES, { error: `must be among ${STATUSES.join(", ")}` })))
    .optional()
    .describe("One status or several, comma-separated (PROPOSED,PLANNED)."),
  overdue: flag.describe("true: only actions past their due date and not done, measured or dropped."),
  mine: flag.describe("true: only the actions the signed-in person owns (ignored for API keys)."),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page."),
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(ACTIONS_PAGE_MAX, `must be at most ${ACTIONS_PAGE_MAX}`)
    .optional()
    .describe(`Rows per page, ${ACTIONS_PAGE_SIZE} by default, at most ${ACTIONS_PAGE_MAX}.`),
});
export type ListActionsFilters = z.input<typeof ZListActionsFilters>;
export type ParsedActionsFilters = z.output<typeof ZListActionsFilters>;

/** The keyset position after a row: (createdAt desc, id desc). */
export function encodeActionCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, "utf8").toString("base64url");
}

export function decodeActionCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || !UUID_PATTERN.test(id) || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id };
}
