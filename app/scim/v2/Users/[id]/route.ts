// One SCIM User (docs/scim.md): GET, PUT (replace), PATCH (add/replace/remove, active: false) and DELETE (deactivate).
import { deactivateScimUser, getScimUser, patchScimUser, replaceScimUser } from "@/lib/db/scim/scim-users";
import { idParam, scimJson, scimRoute } from "@/lib/http/scim-route";
import { userResource } from "@/lib/scim/scim-resources";

export const GET = scimRoute({ body: false }, async ({ principal, params, base }) =>
  scimJson(userResource(await getScimUser(principal, idParam(params)), base)),
);

export const PUT = scimRoute({ body: true }, async ({ principal, params, body, base }) =>
  scimJson(userResource(await replaceScimUser(principal, idParam(params), body), base)),
);

export const PATCH = scimRoute({ body: true }, async ({ principal, params, body, base }) =>
  scimJson(userResource(await patchScimUser(principal, idParam(params), body), base)),
);

export const DELETE = scimRoute({ body: false }, async ({ principal, params }) => {
  await deactivateScimUser(principal, idParam(params));
  return new Response(null, { status: 204 });
});
