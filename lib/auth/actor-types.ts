// The acting user as every check sees it: who, in which organisation, with which role and
// which part of the team tree. Built on the server from the session (lib/auth/get-actor.ts).
import type { Locale } from "@/lib/i18n/config";
import type { ApiScope } from "./api-scopes";

export const roles = ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE"] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  kind: "user";
  userId: string;
  membershipId: string;
  name: string;
  email: string;
  locale: Locale;
  organisationId: string;
  organisationName: string;
  role: Role;
  /** The team the person belongs to (a MANAGER's team is the root of what they see). */
  teamId: string | null;
  /** Materialised path of that team ("/root/…/team/"), null when none. */
  teamPath: string | null;
  /**
   * The roots of the subtrees a MANAGER sees: their own team's path and those of the further
   * teams they manage (ManagedTeam). Empty for the other roles.
   */
  managedPaths: readonly string[];
  minGroupSize: number;
}

/** An integrator calling the REST API with an organisation's API key. */
export interface ApiPrincipal {
  kind: "apiKey";
  organisationId: string;
  apiKeyId: string;
  name: string;
  /** What the key may do (lib/auth/api-scopes.ts): each scope unlocks one policy action. */
  scopes: readonly ApiScope[];
}

/**
 * An identity provider calling the SCIM endpoint with the organisation's SCIM token (docs/scim.md):
 * an integrator holding exactly the directory scope, so the directory sync's policy applies as is.
 * `apiKeyId` is the SCIM token's id (no API key row behind it); `scimTokenId` says so.
 */
export interface ScimPrincipal extends ApiPrincipal {
  scopes: readonly ["directory:write"];
  scimTokenId: string;
}

/** Whoever the data layer acts for: a signed-in person or an API key. */
export type Principal = Actor | ApiPrincipal;
