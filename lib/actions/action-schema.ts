// What an action's forms and the REST API accept (issue 14 §1, §6): zod schemas with plain-word
// messages, and the stable codes of every refusal so pages can say it in French or English
// (lib/i18n/messages/{fr,en}/actionErrors.ts). Pure: the data layer checks ids, scope and dates.
import { z } from "zod";
import { UUID_PATTERN } from "@/lib/patterns";

export const ACTION_ORIGINS = ["TEAM", "IRRITANT", "ITEM", "FOLLOW_UP"] as const;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const COMMENT_MAX = 2000;
export const SUMMARY_MAX = 2000;
/** The largest amount the int columns hold, in euros (2^31 − 1 cents). */
export const EUROS_MAX = 21_474_836;

/** Every reason an action write is refused, one sentence each in actionErrors.ts. */
export const ACTION_ERROR_CODES = [
  "required",
  "tooLong",
  "invalid",
  "negative",
  "tooLarge",
  "dueDatePast",
  "ownerOutside",
  "teamOutOfScope",
  "irritantUnknown",
  "itemUnknown",
  "followUpUnknown",
  "statusSkip",
  "statusFinal",
  "statusSame",
  "dropAfterDone",
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

/** A refusal: per field (a form's field name, "form" for the whole), an English sentence and its code. */
export interface ActionFieldErrors {
  fieldErrors: Record<string, string>;
  codes: Record<string, ActionErrorCode>;
}
export type ActionWriteResult = { ok: true; id: string } | ({ ok: false } & ActionFieldErrors);

export const refusal = (field: string, code: ActionErrorCode, message: string): { ok: false } & ActionFieldErrors => ({
  ok: false,
  fieldErrors: { [field]: message },
  codes: { [field]: code },
});

const uuid = (message: string) => z.string().trim().toLowerCase().regex(UUID_PATTERN, message);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === "" ? null : value))
    .nullable();
const ids = (message: string) => z.array(uuid(message)).max(200, "too many entries").default([]);

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** YYYY-MM-DD, a real calendar day; "" or null for none. */
export const ZDueDate = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
      .refine(isCalendarDay, "must be a real calendar date")
      .nullable(),
  )
  .nullable();

/** Euros as a number or a form's text ("1 250,50" is fine); "" or null for none. */
export const ZEuros = z
  .union([z.number(), z.string()])
  .transform((value) => (typeof value === "number" ? value : value.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".")))
  .transform((value) => (value === "" ? null : Number(value)))
  .pipe(
    z
      .number({ error: "must be an amount in euros" })
      .refine(Number.isFinite, "must be an amount in euros")
      .min(0, "must not be negative")
      .max(EUROS_MAX, `must be at most ${EUROS_MAX} euros`)
      .nullable(),
  )
  .nullable();

const title = z.string({ error: "is required" }).trim().min(1, "is required").max(TITLE_MAX, `must be at most ${TITLE_MAX} characters`);

export const ZCreateActionInput = z.strictObject({
  title: title.describe(`What will be done, 1 to ${TITLE_MAX} characters.`),
  description: optionalText(DESCRIPTION_MAX).optional().describe(`Details, at most ${DESCRIPTION_MAX} characters.`),
  teamId: uuid("must be a team of the organisation").describe("The owning team."),
  ownerId: z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value.toLowerCase()))
    .pipe(z.string().regex(UUID_PATTERN, "owner outside the organisation").nullable())
    .nullable()
    .optional()
    .describe("The owner's membership id: any active person of the organisation, whatever their team."),
  teamIds: ids("must be teams of the organisation").describe("Further teams concerned (the owning team always is)."),
  irritantIds: ids("must be irritants of the catalogue").describe("Active irritants of either side (GET /api/v1/catalogue)."),
  itemIds: ids("must be items of the catalogue").describe("Active mirrored item pairs."),
  dueDate: ZDueDate.optional().describe("YYYY-MM-DD, today or later (Europe/Paris)."),
  budgetEuros: ZEuros.optional().describe("The planned budget in euros (decimals allowed), 0 or more."),
  origin: z
    .enum(ACTION_ORIGINS, { error: "must be TEAM, IRRITANT, ITEM or FOLLOW_UP" })
    .default("TEAM")
    .describe("What it was created from."),
  followUpId: uuid("must be a follow-up of the organisation")
    .nullable()
    .optional()
    .describe("The detractor follow-up it answers, when created from one (recorded in its history)."),
});
export type CreateActionInput = z.input<typeof ZCreateActionInput>;

/** Every field optional: only those sent change. */
export const ZUpdateActionInput = z.strictObject({
  title: title.optional(),
  description: optionalText(DESCRIPTION_MAX).optional(),
  teamId: uuid("must be a team of the organisation").optional(),
  ownerId: ZCreateActionInput.shape.ownerId,
  teamIds: z.array(uuid("must be teams of the organisation")).max(200, "too many entries").optional(),
  irritantIds: z.array(uuid("must be irritants of the catalogue")).max(200, "too many entries").optional(),
  itemIds: z.array(uuid("must be items of the catalogue")).max(200, "too many entries").optional(),
  dueDate: ZDueDate.optional(),
  budgetEuros: ZEuros.optional(),
});
export type UpdateActionInput = z.input<typeof ZUpdateActionInput>;

export const ZActionComment = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(COMMENT_MAX, `must be at most ${COMMENT_MAX} characters`);
export const ZPublishedSummary = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters`);
export const ZSpentEuros = ZEuros.pipe(z.number({ error: "is required" }));

const STATUSES = ["PROPOSED", "PLANNED", "IN_PROGRESS", "DONE", "MEASURED", "DROPPED"] as const;
/** PATCH /api/v1/actions/{id}: the fields to change, and/or the next status, and/or the total spent. */
export const ZPatchActionInput = ZUpdateActionInput.extend({
  status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }).optional(),
  spentEuros: ZSpentEuros.optional(),
});

/** The code of a zod issue, for the pages' sentences. */
function codeOf(issue: z.core.$ZodIssue): ActionErrorCode {
  if (issue.code === "too_big") return issue.origin === "number" ? "tooLarge" : "tooLong";
  if (issue.code === "too_small") return issue.origin === "number" ? "negative" : "required";
  if (issue.message === "owner outside the organisation") return "ownerOutside";
  if (issue.message === "is required") return "required";
  return "invalid";
}

/** The first problem of each top-level field, with its code; unknown fields go on "form". */
export function actionFieldErrors(error: z.ZodError): { ok: false } & ActionFieldErrors {
  const result: { ok: false } & ActionFieldErrors = { ok: false, fieldErrors: {}, codes: {} };
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? "form" : String(issue.path[0] ?? "form");
    if (field in result.fieldErrors) continue;
    result.fieldErrors[field] = issue.code === "unrecognized_keys" ? `unknown fields: ${issue.keys.join(", ")}` : issue.message;
    result.codes[field] = codeOf(issue);
  }
  return result;
}

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });
/** Today's date in Paris as YYYY-MM-DD (due dates are calendar days of the organisation). */
export const parisToday = (now = new Date()): string => PARIS_DAY.format(now);

/** Euros (decimals allowed) → whole cents. */
export const toCents = (euros: number): number => Math.round(euros * 100);
