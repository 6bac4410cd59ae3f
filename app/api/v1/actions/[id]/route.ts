// PATCH /api/v1/actions/{id}: changes the fields sent, and/or moves `status` one step, and/or sets
// the total `spentEuros` (issue 14 §6), in one transaction. 200 with the action; another
// organisation's or an unknown id: 404; invalid fields or a status that skips a step: 422, nothing stored.
import { z } from "zod";
import { getAction } from "@/lib/db/actions/get-action";
import { patchAction } from "@/lib/db/actions/patch-action";
import { actionRefusalProblem } from "@/lib/http/action-refusal";
import { apiRoute } from "@/lib/http/api-route";

export const PATCH = apiRoute(
  { scope: "actions:write", body: z.unknown(), maxBodyBytes: 64 * 1024 },
  async ({ principal, body, params }) => {
    const id = String(params.id ?? "");
    const result = await patchAction(principal, id, body);
    if (!result.ok) return actionRefusalProblem(result);
    return Response.json(await getAction(principal, id));
  },
);
