// PUT /api/v1/people: the HR system's people, synced (issue 12 §4). Idempotent (the same body
// twice changes nothing); ?dryRun=true answers the diff without writing; ?mode=mirror also
// deactivates the synced people missing from the body. Any row error: 422 with every error by
// index and field, nothing written. GET reads the people back, 500 a page (?after=<next>).
import { listSyncedPeople } from "@/lib/db/directory/list-synced-people";
import { syncPeople } from "@/lib/db/directory/sync-people";
import { apiRoute } from "@/lib/http/api-route";
import { ZDirectoryPageQuery, ZDirectorySyncQuery } from "@/lib/http/directory-api-schemas";
import { problem } from "@/lib/http/problem";
import { ZPeopleSyncBody } from "@/lib/organisations/people-sync";

export const PUT = apiRoute(
  { scope: "directory:write", body: ZPeopleSyncBody, query: ZDirectorySyncQuery, maxBodyBytes: 64 * 1024 * 1024 },
  async ({ principal, body, query }) => {
    const result = await syncPeople(principal, body.people, { dryRun: query.dryRun === "true", mirror: query.mode === "mirror" });
    if (result.errors.length > 0)
      return problem(422, `${result.errors.length} error(s) in the body: nothing was changed.`, { errors: result.errors });
    return Response.json(result);
  },
);

export const GET = apiRoute({ scope: "directory:write", query: ZDirectoryPageQuery }, async ({ principal, query }) =>
  Response.json(await listSyncedPeople(principal, query.after)),
);
