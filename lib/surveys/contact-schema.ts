// The one validation of a customer contact, shared by the REST API (single and bulk), the
// CSV import and createContacts itself: same rules, same field names in every error.
import { z } from "zod";
import type { FieldError } from "@/lib/errors";

export const contactChannels = ["phone", "email", "chat", "store", "field"] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** Said for an unknown or retired moment key (issue 13 §4): where the valid ones are listed. */
export const UNKNOWN_MOMENT_MESSAGE =
  'unknown or retired moment of truth: the valid keys are listed by GET /api/v1/catalogue (customer.momentsOfTruth); leave the field out for the default, "non_precise" (Unspecified)';

/** Most rows one bulk call (or one createContacts call) may carry. */
export const MAX_CONTACTS_PER_CALL = 10_000;

/** How far in the future occurredAt may be: integrators' clocks drift a little. */
export const OCCURRED_AT_FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const ZIdentifier = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");

export const ZCreateContactInput = z
  .strictObject({
    externalId: ZIdentifier.optional().describe("Your id for this contact: sending it again returns the same contact and link."),
    teamId: z.uuid("must be a team id (UUID)").optional().describe("The team that handled the contact (give this or teamExternalId)."),
    teamExternalId: ZIdentifier.optional().describe("The team's id in your systems (give this or teamId)."),
    channel: z.enum(contactChannels),
    momentOfTruth: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(100)
      .optional()
      .describe(
        "Key of an active customer moment of truth of the organisation's catalogue (GET /api/v1/catalogue, customer.momentsOfTruth). Left out: the organisation's default moment, \"non_precise\" (Unspecified).",
      ),
    locale: z.enum(["fr", "en"]).describe("Language of the survey the customer will see."),
    agentExternalId: ZIdentifier.optional(),
    customerEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(320, "must be at most 320 characters")
      .pipe(z.email("must be a valid email address"))
      .optional()
      .meta({ format: "email", description: "When given, the survey link is emailed to the customer." }),
    occurredAt: z.iso
      .datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone, e.g. 2026-11-23T14:05:00Z" })
      .optional()
      .describe("When the contact happened; defaults to now, at most 5 minutes in the future."),
  })
  .superRefine((input, ctx) => {
    const teamRefs = Number(input.teamId !== undefined) + Number(input.teamExternalId !== undefined);
    if (teamRefs !== 1) {
      ctx.addIssue({ code: "custom", path: ["teamId"], message: "give exactly one of teamId and teamExternalId" });
    }
    if (input.occurredAt !== undefined && Date.parse(input.occurredAt) > Date.now() + OCCURRED_AT_FUTURE_TOLERANCE_MS) {
      ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "must not be in the future" });
    }
  });

export type CreateContactInput = z.output<typeof ZCreateContactInput>;

/**
 * zod issues as field errors; an unknown key becomes an error on that key (a typo such as
 * `customer_email` must not be silently dropped, or the link would never be mailed).
 */
export function contactFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ field: [...issue.path.map(String), key].join("."), message: "unknown field" }))
      : [{ field: issue.path.map(String).join("."), message: issue.message }],
  );
}
