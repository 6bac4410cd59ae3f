// SCIM discovery (RFC 7644 §4): the resource types, User and Group.
import { scimJson, scimRoute } from "@/lib/http/scim-route";
import { discoveryList, resourceTypes } from "@/lib/scim/scim-discovery";

export const GET = scimRoute({ body: false }, async ({ base }) => scimJson(discoveryList(resourceTypes(base))));
