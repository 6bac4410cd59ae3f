// What creating an organisation takes (the CLI `npm run org -- create` and the setup page): its
// name, a URL-safe slug and its first ADMIN. Pure zod, messages in plain words.
import { z } from "zod";

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

export const ZCreateOrganisationInput = z.strictObject({
  name: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  slug: z
    .string({ error: "is required" })
    .trim()
    .toLowerCase()
    .regex(SLUG_PATTERN, "must be 1–48 lowercase letters, digits or hyphens, not starting or ending with a hyphen"),
  adminEmail: z.string({ error: "is required" }).trim().toLowerCase().pipe(z.email("must be an email address").max(320)),
  adminName: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
  locale: z.enum(["fr", "en"], { error: "must be fr or en" }).default("fr"),
});
export type CreateOrganisationInput = z.infer<typeof ZCreateOrganisationInput>;
export type CreateOrganisationField = keyof CreateOrganisationInput;

/** The first problem of each field, by field name (an unknown field is named too). */
export function createOrganisationFieldErrors(error: z.ZodError): Partial<Record<CreateOrganisationField | string, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) errors[key] ??= "is not a field of an organisation";
    else errors[String(issue.path[0] ?? "input")] ??= issue.message;
  }
  return errors;
}
