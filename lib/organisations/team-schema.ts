// What the team tree editor (ADMIN) accepts: a team's name, kind, parent and HR-system id.
// Pure zod, messages in plain words; the data layer checks the ids against the organisation.
import { z } from "zod";
import { UUID_PATTERN } from "@/lib/patterns";

export const teamKinds = ["DIRECTION", "SERVICE", "TEAM"] as const;

const parentId = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value.toLowerCase()))
  .pipe(z.string().regex(UUID_PATTERN, "must be a team of the organisation").nullable());

export const ZTeamFields = z.strictObject({
  name: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  kind: z.enum(teamKinds, { error: "must be a direction, a service or a team" }),
  externalId: z
    .string()
    .trim()
    .max(100, "must be at most 100 characters")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null),
});
export type TeamFields = z.infer<typeof ZTeamFields>;

export const ZCreateTeam = ZTeamFields.extend({ parentId: parentId.nullable().default(null) });
export type CreateTeamInput = z.infer<typeof ZCreateTeam>;

export const ZMoveTeam = z.strictObject({ parentId: parentId.nullable() });

export type TeamFieldErrors = Partial<Record<"name" | "kind" | "externalId" | "parentId" | "form", string>>;

/** The first problem of each field, by field name. */
export function teamFieldErrors(error: z.ZodError): TeamFieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? "form" : String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors as TeamFieldErrors;
}
