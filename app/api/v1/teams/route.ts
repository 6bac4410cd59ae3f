// PUT /api/v1/teams: the HR system's team tree, synced (issue 12 §4). Idempotent (the same body
// twice changes nothing); ?dryRun=true answers the diff without writing; ?mode=mirror also
// archives the synced teams missing from the body. Any row error: 422 with every error by index
// and field, nothing written. GET reads the tree back, 500 a page (?after=<next>).
import { listSyncedTeams } from "@/lib/db/directory/list-synced-teams";
import { syncTeams } from "@/lib/db/directory/sync-teams";
import { apiRoute } from "@/lib/http/api-route";
import { ZDirectoryPageQuery, ZDirectorySyncQuery } from "@/lib/http/directory-api-schemas";
import { problem } from "@/lib/http/problem";
import { ZTeamSyncBody } from "@/lib/organisations/team-sync";

export const PUT = apiRoute(
  { scope: "directory:write", body: ZTeamSyncBody, query: ZDirectorySyncQuery, maxBodyBytes: 4 * 1024 * 1024 },
  async ({ principal, body, query }) => {
    const result = await syncTeams(principal, body.teams, { dryRun: query.dryRun === "true", mirror: query.mode === "mirror" });
    if (result.errors.length > 0)
      return problem(422, `${result.errors.length} error(s) in the body: nothing was changed.`, { errors: result.errors });
    return Response.json(result);
  },
);

export const GET = apiRoute({ scope: "directory:write", query: ZDirectoryPageQuery }, async ({ principal, query }) =>
  Response.json(await listSyncedTeams(principal, query.after)),
);
