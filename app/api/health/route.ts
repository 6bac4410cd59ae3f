// Liveness probe for load balancers and the benchmark's ceiling: no database, no session.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
