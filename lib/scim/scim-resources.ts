// SCIM resources as they go out (RFC 7643 §4, §3.1 meta): a person as a User, a team as a Group.
// Symétrie keeps one name, given back as formatted and split at its first space. Symétrie keeps no
// modification date of a person or a team: lastModified is the creation date. Pure.
import { GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA } from "./scim-schemas";

export interface ScimPersonView {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
  active: boolean;
  createdAt: string;
}

export interface ScimTeamView {
  id: string;
  externalId: string | null;
  name: string;
  createdAt: string;
  /** Null when the members were left out (excludedAttributes=members). */
  members: Array<{ id: string; name: string }> | null;
}

function splitName(name: string) {
  const space = name.indexOf(" ");
  return space < 0
    ? { formatted: name, givenName: name }
    : { formatted: name, givenName: name.slice(0, space), familyName: name.slice(space + 1) };
}

/** The User without meta: what a PATCH is applied to. */
export function userResourceBody(person: ScimPersonView) {
  return {
    schemas: [USER_SCHEMA],
    id: person.id,
    ...(person.externalId !== null ? { externalId: person.externalId } : {}),
    userName: person.email,
    name: splitName(person.name),
    displayName: person.name,
    emails: [{ value: person.email, type: "work", primary: true }],
    active: person.active,
  };
}

const meta = (resourceType: "User" | "Group", created: string, location: string) => ({
  resourceType,
  created,
  lastModified: created,
  location,
});

export function userResource(person: ScimPersonView, base: string) {
  return { ...userResourceBody(person), meta: meta("User", person.createdAt, `${base}/Users/${person.id}`) };
}

/** The Group without meta: what a PATCH is applied to (members travel apart, lib/scim/scim-patch.ts). */
export function groupResourceBody(team: Omit<ScimTeamView, "members">) {
  return {
    schemas: [GROUP_SCHEMA],
    id: team.id,
    ...(team.externalId !== null ? { externalId: team.externalId } : {}),
    displayName: team.name,
  };
}

export function groupResource(team: ScimTeamView, base: string) {
  return {
    ...groupResourceBody(team),
    ...(team.members
      ? { members: team.members.map((member) => ({ value: member.id, display: member.name, $ref: `${base}/Users/${member.id}` })) }
      : {}),
    meta: meta("Group", team.createdAt, `${base}/Groups/${team.id}`),
  };
}

export function listResponse<T>(resources: T[], totalResults: number, startIndex: number) {
  return { schemas: [LIST_SCHEMA], totalResults, startIndex, itemsPerPage: resources.length, Resources: resources };
}
