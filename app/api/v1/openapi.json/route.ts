// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description, public (it holds no data).
import { openApiDocument } from "@/lib/http/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
