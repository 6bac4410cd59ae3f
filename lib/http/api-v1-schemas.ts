// zod schemas of the integrator REST API v1 beyond the contact input: query strings and
// response bodies. Route handlers parse with them; lib/http/openapi.ts documents them.
import { z } from "zod";
import { contactChannels, MAX_CONTACTS_PER_CALL, ZCreateContactInput } from "@/lib/surveys/contact-schema";
import { decodeResponseCursor, ZCustomerResponse } from "@/lib/surveys/customer-response-dto";

export const ZListResponsesQuery = z.object({
  since: z.iso
    .datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone, e.g. 2026-11-01T00:00:00Z" })
    .optional()
    .describe("Only responses submitted at or after this instant."),
  cursor: z
    .string()
    .max(200)
    .refine((value) => decodeResponseCursor(value) !== null, "is not a cursor this API returned")
    .optional()
    .describe("The nextCursor of the previous page."),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe("Page size, 1 to 1000 (default 100)."),
});
export type ListResponsesQuery = z.output<typeof ZListResponsesQuery>;

export const ZContactLink = z.object({
  id: z.uuid(),
  url: z.url().describe("The respondent's survey link: ${base}/${locale}/r/${token}."),
  expiresAt: z.iso.datetime(),
});

export const ZBulkContactsBody = z
  .union([
    z.array(ZCreateContactInput).max(MAX_CONTACTS_PER_CALL),
    z.object({ contacts: z.array(ZCreateContactInput).max(MAX_CONTACTS_PER_CALL) }),
  ])
  .describe(`Up to ${MAX_CONTACTS_PER_CALL} contacts: a JSON array, or { "contacts": [...] }. Rows are validated one by one.`);

/** What the bulk route parses: the rows themselves are validated by createContacts. */
export const ZBulkContactsEnvelope = z.union([
  z.array(z.unknown()).max(MAX_CONTACTS_PER_CALL, `at most ${MAX_CONTACTS_PER_CALL} contacts per call`),
  z.strictObject({ contacts: z.array(z.unknown()).max(MAX_CONTACTS_PER_CALL, `at most ${MAX_CONTACTS_PER_CALL} contacts per call`) }),
]);

/** An invalid row of a bulk call: its position in the call, the field and what is wrong. */
const ZRowError = z.object({ index: z.int(), field: z.string(), message: z.string() });

export const ZBulkContactsResult = z.object({
  created: z.int().describe("Rows stored as new contacts."),
  existing: z.int().describe("Rows whose externalId was already known: same contact, same link."),
  errors: z.array(ZRowError),
  data: z.array(ZContactLink.extend({ index: z.int(), status: z.enum(["created", "existing"]) })),
});

export const ZResponsesPage = z.object({
  data: z.array(ZCustomerResponse),
  nextCursor: z.string().nullable().describe("Pass as cursor to get the next page; null on the last page."),
});

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export const ZImportResponsesResult = z.object({
  importId: z.uuid().describe("The import's id: DELETE /api/v1/import/responses/{importId} undoes it."),
  created: z.object({ customer: z.int(), employee: z.int() }).describe("Answers stored, per side."),
  errors: z.array(ZRowError).describe("Rows not stored, by index (CSV: data row from 0, the message names the line) and field."),
});

/** 422 of an import: no valid row (errors by index), or a CSV whose header or structure is broken (index absent for the header). */
export const ZImportProblem = ZProblem.extend({
  errors: z.array(ZRowError.partial({ index: true })).optional(),
});

export { contactChannels, ZCustomerResponse };
