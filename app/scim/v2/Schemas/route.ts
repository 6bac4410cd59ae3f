// SCIM discovery (RFC 7644 §4): the schemas of the resources as we keep them.
import { scimJson, scimRoute } from "@/lib/http/scim-route";
import { discoveryList, schemas } from "@/lib/scim/scim-discovery";

export const GET = scimRoute({ body: false }, async ({ base }) => scimJson(discoveryList(schemas(base))));
