// GET /api/v1/symmetry: per-team NPS, eNPS and gap and the cross-team correlation, from the
// dashboard's own getSymmetry (same scope, same suppression); a refused filter is a 422.
import { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
import { apiRoute } from "@/lib/http/api-route";
import { problem } from "@/lib/http/problem";
import { toSymmetryResult, ZSymmetryQuery } from "@/lib/http/symmetry-api-schemas";

const REFUSED_DETAIL =
  "This filter is refused by the anonymity rules: all answers minus the filtered group would be fewer than the organisation's minimum group size, which could reveal a small group by differencing. Widen the period or choose a larger team.";

export const GET = apiRoute({ scope: "results:read", query: ZSymmetryQuery }, async ({ principal, query }) => {
  const result = await getSymmetry(principal, query);
  if (result.status !== "ok") return problem(422, REFUSED_DETAIL, { errors: [{ field: "", message: result.reason }] });
  return Response.json(toSymmetryResult(result));
});
