// SCIM discovery (RFC 7644 §4): what this endpoint supports.
import { scimJson, scimRoute } from "@/lib/http/scim-route";
import { serviceProviderConfig } from "@/lib/scim/scim-discovery";

export const GET = scimRoute({ body: false }, async ({ base }) => scimJson(serviceProviderConfig(base)));
