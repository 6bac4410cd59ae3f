// SCIM 2.0 Users for an identity provider holding the organisation's SCIM token (docs/scim.md):
// a User is a person (membership), its id the membership's. Create, read, list with an `eq`
// filter and 1-based pages, replace, patch, and delete = deactivate. Every write is one
// directory-sync transaction under the tree lock (lib/db/internal/directory), audited; any
// refusal stores nothing. Another organisation's id is "not found".
import type { ScimPrincipal } from "@/lib/auth/actor-types";
import { isUuid } from "@/lib/patterns";
import { NotFoundError } from "@/lib/errors";
import { ScimError } from "@/lib/scim/scim-error";
import type { ScimFilter, ScimPage } from "@/lib/scim/scim-filter";
import { applyScimPatch, ZScimPatch } from "@/lib/scim/scim-patch";
import { parseScimUser } from "@/lib/scim/scim-schemas";
import { userResourceBody } from "@/lib/scim/scim-resources";
import { db } from "../client";
import { auditDirectorySync, inDirectorySync } from "../internal/directory/directory-sync-transaction";
import { findScimPerson, PERSON_COLUMNS, writeScimPerson, type ScimPersonDto } from "../internal/scim/scim-people";
import { withOrganisation } from "../tenant-context";

export type { ScimPersonDto };

async function write(principal: ScimPrincipal, id: string | null, body: unknown): Promise<ScimPersonDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (id !== null && !isUuid(id)) throw new NotFoundError("User");
    const desired = parseScimUser(body);
    return inDirectorySync(principal, async (tx) => {
      const result = await writeScimPerson(tx, principal.organisationId, id, desired);
      const action = result.created ? "scim.user.create" : result.deactivated ? "scim.user.deactivate" : "scim.user.update";
      const { created: _created, id: membershipId, ...counts } = result;
      await auditDirectorySync(
        tx,
        principal,
        action,
        { ...counts, externalId: desired.externalId },
        { type: "Membership", id: membershipId },
      );
      return (await findScimPerson(tx, principal.organisationId, membershipId))!;
    });
  });
}

export async function createScimUser(principal: ScimPrincipal, body: unknown): Promise<ScimPersonDto> {
  return withOrganisation(principal.organisationId, () => write(principal, null, body));
}

export async function replaceScimUser(principal: ScimPrincipal, id: string, body: unknown): Promise<ScimPersonDto> {
  return withOrganisation(principal.organisationId, () => write(principal, id, body));
}

export async function getScimUser(principal: ScimPrincipal, id: string): Promise<ScimPersonDto> {
  return withOrganisation(principal.organisationId, async () => {
    const person = isUuid(id) ? await findScimPerson(db(), principal.organisationId, id) : null;
    if (!person) throw new NotFoundError("User");
    return person;
  });
}

/** The operations applied to the current resource, then written like a PUT (same rules, same refusals). */
export async function patchScimUser(principal: ScimPrincipal, id: string, body: unknown): Promise<ScimPersonDto> {
  return withOrganisation(principal.organisationId, async () => {
    const parsed = ZScimPatch.safeParse(body);
    if (!parsed.success)
      throw new ScimError(400, `${parsed.error.issues[0]!.path.join(".") || "body"} ${parsed.error.issues[0]!.message}`, "invalidSyntax");
    const current = await getScimUser(principal, id);
    const { resource, members } = applyScimPatch(userResourceBody(current), parsed.data.Operations);
    if (members.added.length + members.removed.length > 0 || members.clear)
      throw new ScimError(400, "a User has no members", "invalidPath");
    return write(principal, id, resource);
  });
}

/** DELETE: the person is deactivated (their anonymous answers stay), never erased. */
export async function deactivateScimUser(principal: ScimPrincipal, id: string): Promise<void> {
  return withOrganisation(principal.organisationId, async () => {
    const current = await getScimUser(principal, id);
    if (current.active) await write(principal, id, { ...userResourceBody(current), active: false });
  });
}

export async function listScimUsers(
  principal: ScimPrincipal,
  filter: ScimFilter | null,
  page: ScimPage,
): Promise<{ totalResults: number; resources: ScimPersonDto[] }> {
  return withOrganisation(principal.organisationId, async () => {
    if (filter && filter.attribute === "displayName")
      throw new ScimError(400, "Users are filtered by userName or externalId", "invalidFilter");
    const where = !filter ? "" : filter.attribute === "userName" ? `AND u.email = lower($2)` : `AND m."externalId" = $2`;
    const params = [principal.organisationId, ...(filter ? [filter.value] : [])];
    const from = `FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organisationId" = $1::uuid ${where}`;
    const [{ total }] = (await db().$queryRawUnsafe<Array<{ total: number }>>(`SELECT count(*)::int AS total ${from}`, ...params)) as [
      { total: number },
    ];
    const resources =
      page.count === 0
        ? []
        : await db().$queryRawUnsafe<ScimPersonDto[]>(
            `SELECT ${PERSON_COLUMNS} ${from} ORDER BY m.id OFFSET ${page.startIndex - 1} LIMIT ${page.count}`,
            ...params,
          );
    return { totalResults: total, resources };
  });
}
