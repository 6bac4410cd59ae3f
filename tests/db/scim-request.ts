// A SCIM client for the db tier: the requests an identity provider sends, straight to the route
// handlers (as the /api/v1 tests do), with the organisation's SCIM token as a bearer.
import * as groupRoute from "@/app/scim/v2/Groups/[id]/route";
import * as groupsRoute from "@/app/scim/v2/Groups/route";
import * as userRoute from "@/app/scim/v2/Users/[id]/route";
import * as usersRoute from "@/app/scim/v2/Users/route";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { createScimTokenForOrganisation } from "@/lib/db/scim-tokens/create-scim-token";

export const SCIM = "http://localhost/scim/v2";
export const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

export function scimClient(token: string) {
  const send = (handler: Handler, method: string, path: string, body?: unknown, id?: string) =>
    handler(
      new Request(`${SCIM}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/scim+json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
      { params: Promise.resolve<Record<string, string>>(id === undefined ? {} : { id }) },
    );
  return {
    createUser: (body: unknown) => send(usersRoute.POST, "POST", "/Users", body),
    listUsers: (query = "") => send(usersRoute.GET, "GET", `/Users${query}`),
    getUser: (id: string) => send(userRoute.GET, "GET", `/Users/${id}`, undefined, id),
    putUser: (id: string, body: unknown) => send(userRoute.PUT, "PUT", `/Users/${id}`, body, id),
    patchUser: (id: string, operations: unknown[]) =>
      send(userRoute.PATCH, "PATCH", `/Users/${id}`, { schemas: [PATCH_OP], Operations: operations }, id),
    deleteUser: (id: string) => send(userRoute.DELETE, "DELETE", `/Users/${id}`, undefined, id),
    createGroup: (body: unknown) => send(groupsRoute.POST, "POST", "/Groups", body),
    listGroups: (query = "") => send(groupsRoute.GET, "GET", `/Groups${query}`),
    getGroup: (id: string, query = "") => send(groupRoute.GET, "GET", `/Groups/${id}${query}`, undefined, id),
    putGroup: (id: string, body: unknown) => send(groupRoute.PUT, "PUT", `/Groups/${id}`, body, id),
    patchGroup: (id: string, operations: unknown[]) =>
      send(groupRoute.PATCH, "PATCH", `/Groups/${id}`, { schemas: [PATCH_OP], Operations: operations }, id),
    deleteGroup: (id: string) => send(groupRoute.DELETE, "DELETE", `/Groups/${id}`, undefined, id),
  };
}

/** The User an identity provider sends (Entra ID's default attribute mappings). */
export const entraUser = (n: number, extra: Record<string, unknown> = {}) => ({
  schemas: [USER, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
  externalId: `emp-${n}`,
  userName: `person${n}@idp.test`,
  active: true,
  displayName: `Prénom${n} Nom${n}`,
  emails: [{ primary: true, type: "work", value: `person${n}@idp.test` }],
  name: { formatted: `Prénom${n} Nom${n}`, familyName: `Nom${n}`, givenName: `Prénom${n}` },
  title: "Conseiller",
  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "Relation client" },
  ...extra,
});

/** A new organisation (its admin only) and a SCIM client holding one of its tokens. */
export async function scimOrganisation(slug: string): Promise<{ organisationId: string; scim: ReturnType<typeof scimClient> }> {
  const created = await createOrganisation({ name: `Org ${slug}`, slug, adminEmail: `admin@${slug}.test`, adminName: "Admin Principal" });
  if (!created.ok) throw new Error("fixture");
  return { organisationId: created.organisationId, scim: scimClient((await createScimTokenForOrganisation(slug, "Entra ID")).token) };
}
