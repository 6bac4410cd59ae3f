// GET /api/v1/responses: the organisation's customer responses, oldest first, in keyset pages.
import { listResponses } from "@/lib/db/responses/list-responses";
import { apiRoute } from "@/lib/http/api-route";
import { ZListResponsesQuery } from "@/lib/http/api-v1-schemas";

export const GET = apiRoute({ scope: "responses:read", query: ZListResponsesQuery }, async ({ principal, query }) =>
  Response.json(await listResponses(principal, query)),
);
