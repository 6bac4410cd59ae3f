// One SCIM Group (docs/scim.md): GET, PUT (replace), PATCH (members add/remove, rename) and DELETE (members out, team archived).
import { deleteScimGroup, getScimGroup, patchScimGroup, replaceScimGroup } from "@/lib/db/scim/scim-groups";
import { idParam, scimJson, scimRoute, wantsMembers } from "@/lib/http/scim-route";
import { groupResource } from "@/lib/scim/scim-resources";

export const GET = scimRoute({ body: false }, async ({ principal, params, query, base }) =>
  scimJson(groupResource(await getScimGroup(principal, idParam(params), wantsMembers(query)), base)),
);

export const PUT = scimRoute({ body: true }, async ({ principal, params, body, base }) =>
  scimJson(groupResource(await replaceScimGroup(principal, idParam(params), body), base)),
);

export const PATCH = scimRoute({ body: true }, async ({ principal, params, body, base }) =>
  scimJson(groupResource(await patchScimGroup(principal, idParam(params), body), base)),
);

export const DELETE = scimRoute({ body: false }, async ({ principal, params }) => {
  await deleteScimGroup(principal, idParam(params));
  return new Response(null, { status: 204 });
});
