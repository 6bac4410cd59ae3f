// Fields shared by the team tree editor and the people directory (and, later, the HR sync): an
// optional team reference, an optional HR-system id, and the first problem of each field.
import { z } from "zod";
import { UUID_PATTERN } from "@/lib/patterns";

/** A team id, or "" / null for none. */
export const optionalTeamId = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value.toLowerCase()))
  .pipe(z.string().regex(UUID_PATTERN, "must be a team of the organisation").nullable())
  .nullable()
  .default(null);

/** An HR-system id, or "" / null for none. */
export const optionalExternalId = z
  .string()
  .trim()
  .max(100, "must be at most 100 characters")
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .default(null);

/** The first problem of each field, by field name; unknown fields are reported on "form". */
export function firstFieldErrors<F extends string>(error: z.ZodError): Partial<Record<F | "form", string>> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? "form" : String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors as Partial<Record<F | "form", string>>;
}
