// GET /api/v1/actions: the organisation's actions, newest first, in keyset pages, filtered by team
// (with its subtree), owner, statuses, overdue. POST: creates one (201 { id }), 422 listing the
// invalid fields with nothing stored. Issue 14 §6.
import { z } from "zod";
import { listActions } from "@/lib/db/actions/list-actions";
import { createAction } from "@/lib/db/actions/write-actions";
import { actionRefusalProblem } from "@/lib/http/action-refusal";
import { ZActionsQuery } from "@/lib/http/actions-api-schemas";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute({ scope: "actions:read", query: ZActionsQuery }, async ({ principal, request }) =>
  // The data layer parses the same filters again (it is shared with the pages): hand it the raw query.
  Response.json(await listActions(principal, Object.fromEntries(new URL(request.url).searchParams))),
);

export const POST = apiRoute({ scope: "actions:write", body: z.unknown(), maxBodyBytes: 64 * 1024 }, async ({ principal, body }) => {
  const result = await createAction(principal, body);
  if (!result.ok) return actionRefusalProblem(result);
  return Response.json({ id: result.id }, { status: 201 });
});
