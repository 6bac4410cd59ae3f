// GET /api/v1/catalogue: what an integrator needs to build contacts (issue 13 §4) — the
// channels, the active moments of truth of both sides, the item pairs and the irritants.
import { getCatalogue } from "@/lib/db/catalogue-api/get-catalogue";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute({ scope: "catalogue:read" }, async ({ principal }) => Response.json(await getCatalogue(principal)));
