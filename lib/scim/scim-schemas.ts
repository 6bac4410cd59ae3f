// The SCIM resources we accept (RFC 7643 §4): a User maps to a person, a Group to a team
// (docs/scim.md). Attributes of the core and enterprise schemas we do not keep (phone numbers,
// addresses, title…) are accepted and ignored, as IdPs send them by default; an attribute that is
// in no schema is an error (invalidSyntax), so a typo never passes silently. Pure.
import { z } from "zod";
import { ScimError } from "./scim-error";

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** Entra sends "True"/"False" as strings in PATCH values: both spellings are booleans. */
export const ZScimBoolean = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i, "must be true or false")
    .transform((value) => value.toLowerCase() === "true"),
]);

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const ignored = z.unknown().optional();
const multiValued = z.array(z.record(z.string(), z.unknown())).optional();

const ZName = z.strictObject({
  formatted: text(200).optional(),
  givenName: text(60).optional(),
  familyName: text(60).optional(),
  middleName: ignored,
  honorificPrefix: ignored,
  honorificSuffix: ignored,
});

const ZEnterprise = z.strictObject({
  employeeNumber: ignored,
  costCenter: ignored,
  organization: ignored,
  division: ignored,
  department: ignored,
  manager: ignored,
});

export const ZScimUser = z.strictObject({
  schemas: z.array(z.string()).refine((schemas) => schemas.includes(USER_SCHEMA), `must include ${USER_SCHEMA}`),
  id: ignored,
  meta: ignored,
  userName: z.string().trim().toLowerCase().pipe(z.email("must be an email address (the person's sign-in address)").max(320)),
  externalId: text(100).min(1, "must not be empty").optional(),
  name: ZName.optional(),
  displayName: text(200).optional(),
  active: ZScimBoolean.optional(),
  emails: multiValued,
  nickName: ignored,
  profileUrl: ignored,
  title: ignored,
  userType: ignored,
  preferredLanguage: ignored,
  locale: ignored,
  timezone: ignored,
  password: ignored,
  phoneNumbers: multiValued,
  ims: multiValued,
  photos: multiValued,
  addresses: multiValued,
  groups: multiValued,
  entitlements: multiValued,
  roles: multiValued,
  x509Certificates: multiValued,
  [ENTERPRISE_SCHEMA]: ZEnterprise.optional(),
});
export type ScimUserInput = z.infer<typeof ZScimUser>;

const ZMember = z.looseObject({ value: z.string().trim().min(1, "must be a user id") });

export const ZScimGroup = z.strictObject({
  schemas: z.array(z.string()).refine((schemas) => schemas.includes(GROUP_SCHEMA), `must include ${GROUP_SCHEMA}`),
  id: ignored,
  meta: ignored,
  displayName: text(100).min(1, "must not be empty"),
  externalId: text(100).min(1, "must not be empty").optional(),
  members: z.array(ZMember).max(100_000).optional(),
});
export type ScimGroupInput = z.infer<typeof ZScimGroup>;

/** What a User resource asks of the person: the sync row's fields, and whether they are active. */
export interface DesiredPerson {
  email: string;
  externalId: string | null;
  givenName: string;
  familyName: string;
  active: boolean;
}

/** Symétrie keeps one name; it is split at its first space (given, family) to fill the sync row. */
export function desiredPerson(user: ScimUserInput): DesiredPerson | { error: string } {
  const given = user.name?.givenName;
  const family = user.name?.familyName;
  const full = given && family ? `${given} ${family}` : (user.name?.formatted ?? user.displayName ?? "");
  const space = full.indexOf(" ");
  if (space <= 0 || space === full.length - 1)
    return { error: "name: a given name and a family name are required (name.givenName and name.familyName)" };
  return {
    email: user.userName,
    externalId: user.externalId ?? null,
    givenName: full.slice(0, space),
    familyName: full.slice(space + 1).trim(),
    active: user.active ?? true,
  };
}

/** The body as a User, or the SCIM error saying why not (an unknown attribute: invalidSyntax). */
export function parseScimUser(body: unknown): DesiredPerson {
  const parsed = ZScimUser.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === "unrecognized_keys")
      throw new ScimError(400, `unknown attribute ${issue.keys.map((key) => `"${key}"`).join(", ")}`, "invalidSyntax");
    throw new ScimError(400, `${issue.path.join(".") || "body"} ${issue.message}`, "invalidValue");
  }
  const desired = desiredPerson(parsed.data);
  if ("error" in desired) throw new ScimError(400, desired.error, "invalidValue");
  return desired;
}

/** The body as a Group, or the SCIM error saying why not. */
export function parseScimGroup(body: unknown): ScimGroupInput {
  const parsed = ZScimGroup.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys")
    throw new ScimError(400, `unknown attribute ${issue.keys.map((key) => `"${key}"`).join(", ")}`, "invalidSyntax");
  throw new ScimError(400, `${issue.path.join(".") || "body"} ${issue.message}`, "invalidValue");
}
