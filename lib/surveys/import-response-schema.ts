// The one validation of a historical answer imported from a previous tool (POST
// /api/v1/import/responses), for JSON rows and CSV rows alike: same rules, same field names.
// Employee rows carry nothing but team, month and answers: no channel, locale or person.
import { z } from "zod";
import { TEXT_MAX } from "@/lib/pulses/answer-schema";
import { contactChannels } from "./contact-schema";
import { COMMENT_MAX } from "./response-schema";
import { MONTH_PATTERN } from "@/lib/patterns";
import { currentParisMonth } from "./release-calendar";

/** Most rows one call may carry (the contacts bulk endpoint's limit). */
export const MAX_IMPORT_ROWS = 10_000;
/** Bodies up to this size: 10 000 rows with items, irritants and ordinary comments. */
export const MAX_IMPORT_BODY_BYTES = 16 * 1024 * 1024;
/** A guard against typos such as "0225-03": nothing older is history worth importing. */
export const EARLIEST_IMPORT_PERIOD = "2000-01";
/** The customer moment of truth imported answers get when their row names none. */
export const IMPORTED_MOMENT = { key: "imported", labelFr: "Historique importé", labelEn: "Imported history" } as const;

const MAX_ITEMS = 50;
const MAX_IRRITANTS = 100;

/** "YYYY-MM" of the current month (UTC). */
export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

const ZPeriod = z
  .string()
  .regex(MONTH_PATTERN, { error: "must be a month as YYYY-MM, e.g. 2025-03", abort: true })
  .refine((period) => period >= EARLIEST_IMPORT_PERIOD, `must not be before ${EARLIEST_IMPORT_PERIOD}`)
  .refine((period) => period <= currentMonth(), "must not be in the future")
  .describe("The month the answer was given (YYYY-MM), not in the future.");

const ZKey = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");

const common = (commentMax: number) => ({
  teamExternalId: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .describe("The team's id in your systems."),
  period: ZPeriod,
  score: z.int().min(0).max(10).describe("The 0–10 recommendation score."),
  items: z
    .record(ZKey, z.int().min(1).max(5))
    .refine((items) => Object.keys(items).length <= MAX_ITEMS, `at most ${MAX_ITEMS} items`)
    .optional()
    .describe("Mirrored item answers as { dimension: 1–5 }, dimensions of the organisation's active items."),
  irritants: z.array(ZKey).max(MAX_IRRITANTS).optional().describe("Keys of irritants of this side's active catalogue."),
  comment: z.string().trim().max(commentMax, `must be at most ${commentMax} characters`).optional(),
});

export const ZImportCustomerRow = z.strictObject({
  side: z.literal("customer"),
  ...common(COMMENT_MAX),
  channel: z.enum(contactChannels).optional().describe("Missing: stored as an unknown channel."),
  momentOfTruth: ZKey.optional().describe(
    `Key of an active customer moment of truth; missing: "${IMPORTED_MOMENT.key}" (created on demand).`,
  ),
  locale: z.enum(["fr", "en"]).optional().describe("Missing: the organisation's default language."),
});

// Employee history is kept apart from live answers (docs/anonymity.md): only months that have
// ended, whose live results are released and frozen, can receive it.
export const ZImportEmployeeRow = z.strictObject({
  side: z.literal("employee"),
  ...common(TEXT_MAX),
  period: ZPeriod.refine(
    (period) => period < currentParisMonth(),
    "employee history must be of a month that has ended: this month's answers come from live pulses",
  ),
});

export const ZImportResponseRow = z.discriminatedUnion("side", [ZImportCustomerRow, ZImportEmployeeRow], {
  error: (issue) => (issue.code === "invalid_union" ? 'must be "customer" or "employee"' : undefined),
});

export type ImportCustomerRow = z.output<typeof ZImportCustomerRow>;
export type ImportEmployeeRow = z.output<typeof ZImportEmployeeRow>;
export type ImportResponseRow = z.output<typeof ZImportResponseRow>;

const rowsMessage = `at most ${MAX_IMPORT_ROWS} rows per call`;
const envelopeMessage = 'send a JSON array of rows, or { "rows": [...] }';

/** What the route parses: the envelope only, rows are validated one by one by importResponses. */
export const ZImportResponsesEnvelope = z
  .union([z.array(z.unknown()), z.strictObject({ rows: z.array(z.unknown()) })], { error: envelopeMessage })
  .transform((body) => (Array.isArray(body) ? body : body.rows))
  .pipe(z.array(z.unknown()).max(MAX_IMPORT_ROWS, rowsMessage));

/** The same body as documented (OpenAPI): rows as they must be. */
export const ZImportResponsesBody = z
  .union([z.array(ZImportResponseRow).max(MAX_IMPORT_ROWS), z.strictObject({ rows: z.array(ZImportResponseRow).max(MAX_IMPORT_ROWS) })])
  .describe(`Up to ${MAX_IMPORT_ROWS} rows: a JSON array, or { "rows": [...] }. Rows are validated one by one.`);
