// DELETE /api/v1/import/responses/{importId}: undoes one import (its answers leave the
// dashboard too). 204; another organisation's or an unknown id: 404.
import { deleteResponseImport } from "@/lib/db/response-imports/delete-response-import";
import { apiRoute } from "@/lib/http/api-route";

export const DELETE = apiRoute({ scope: "history:import" }, async ({ principal, params }) => {
  await deleteResponseImport(principal, String(params.importId ?? ""));
  return new Response(null, { status: 204 });
});
