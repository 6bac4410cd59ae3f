// What the people directory (ADMIN, HR) accepts for a person: address, name, role, team and
// HR-system id. Pure zod, messages in plain words; the data layer checks the team and the role
// against the organisation and whoever assigns it.
import { z } from "zod";
import { roles } from "@/lib/auth/actor-types";
import { UUID_PATTERN } from "@/lib/patterns";
import { firstFieldErrors, optionalExternalId, optionalTeamId } from "./fields";

export const ZPersonFields = z.strictObject({
  name: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
  role: z.enum(roles, { error: "must be one of ADMIN, HR, CX, MANAGER, EMPLOYEE" }),
  teamId: optionalTeamId,
  externalId: optionalExternalId,
});
export type PersonFields = z.infer<typeof ZPersonFields>;

export const ZNewPerson = ZPersonFields.extend({
  email: z.string({ error: "is required" }).trim().toLowerCase().pipe(z.email("must be an email address").max(320)),
  locale: z.enum(["fr", "en"], { error: "must be fr or en" }).default("fr"),
});
export type NewPerson = z.infer<typeof ZNewPerson>;

export type PersonField = "email" | "name" | "role" | "teamId" | "externalId" | "locale" | "form";
export type PersonFieldErrors = Partial<Record<PersonField, string>>;

export function personFieldErrors(error: z.ZodError): PersonFieldErrors {
  return firstFieldErrors<PersonField>(error);
}

/** The directory's filters as the URL carries them. */
export const ZPeopleFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  teamId: z.string().regex(UUID_PATTERN).optional().catch(undefined),
  role: z.enum(roles).optional().catch(undefined),
  status: z.enum(["active", "inactive", "all"]).default("active").catch("active"),
  after: z.string().max(400).optional(),
});
export type PeopleFilters = z.infer<typeof ZPeopleFilters>;
