// The action loop's part of openapi.json (issue 14 §6): GET/POST /api/v1/actions, PATCH
// /api/v1/actions/{id}, and the webhook events `action.created`, `action.status_changed`,
// `followup.assigned`, `followup.closed` (OpenAPI 3.1 `webhooks`). Built with openapi.ts' helpers.
import { ZCreateActionInput, ZPatchActionInput } from "@/lib/actions/action-schema";
import { actionWebhookEvents, ZActionDetail, ZActionsPage, ZActionsQuery, ZCreatedAction } from "./actions-api-schemas";

type Doc = Record<string, unknown>;
export interface OpenApiHelpers {
  json: (name: string) => Doc;
  problemResponse: (description: string) => Doc;
  errors: Record<string, Doc>;
  bodyErrors: Record<string, Doc>;
  queryParameters: (schema: typeof ZActionsQuery) => Doc[];
}

export const actionInputSchemas = { CreateActionInput: ZCreateActionInput, PatchActionInput: ZPatchActionInput };
export const actionOutputSchemas = {
  ActionsPage: ZActionsPage,
  ActionDetail: ZActionDetail,
  CreatedAction: ZCreatedAction,
  ...Object.fromEntries(Object.entries(actionWebhookEvents).map(([event, { schema }]) => [webhookSchemaName(event), schema])),
};

function webhookSchemaName(event: string): string {
  return `${event.replace(/(^|[._])(\w)/g, (_m, _sep, letter: string) => letter.toUpperCase())}Event`;
}

const invalid =
  "Invalid fields, listed in `errors` as { field, message }: a due date in the past, a negative amount, an owner who is not an active person of the organisation, a team, irritant, item or follow-up that is not the organisation's, a status that skips a step. Nothing was stored.";

export function actionPaths(h: OpenApiHelpers): Record<string, Record<string, Doc>> {
  const id = { name: "id", in: "path", required: true, description: "The action's id.", schema: { type: "string", format: "uuid" } };
  return {
    "/api/v1/actions": {
      get: {
        operationId: "listActions",
        summary: "The organisation's actions, newest first, in keyset pages",
        description:
          "Filters combine: `teamId` (the team and every team under it, owning or concerned), `ownerId`, `status` (comma-separated), `overdue=true`. Pages of 50 by default (`limit` up to 100); follow `nextCursor`.",
        parameters: h.queryParameters(ZActionsQuery),
        responses: {
          "200": { description: "One page.", content: h.json("ActionsPage") },
          "404": h.problemResponse("teamId is not a team of this organisation."),
          "422": h.bodyErrors["422"],
          ...h.errors,
        },
      },
      post: {
        operationId: "createAction",
        summary: "Create an action (status PROPOSED)",
        description:
          "The owning team is always among the teams concerned. The owner may be any active person of the organisation (IT or HR serving the front line). `budgetEuros` accepts decimals and is stored in cents. Emits the `action.created` webhook when the organisation has one.",
        requestBody: { required: true, content: h.json("CreateActionInput") },
        responses: {
          "201": { description: "Created.", content: h.json("CreatedAction") },
          ...h.errors,
          ...h.bodyErrors,
          "422": h.problemResponse(invalid),
        },
      },
    },
    "/api/v1/actions/{id}": {
      patch: {
        operationId: "updateAction",
        summary: "Change an action's fields, move its status one step, record what was spent",
        description:
          "Every field is optional. `status` moves one step (PROPOSED → PLANNED → IN_PROGRESS → DONE → MEASURED), or to DROPPED before DONE; it emits `action.status_changed`. `spentEuros` is the total spent so far. The call is one transaction: any refusal leaves the action as it was.",
        parameters: [id],
        requestBody: { required: true, content: h.json("PatchActionInput") },
        responses: {
          "200": { description: "The action as it now is.", content: h.json("ActionDetail") },
          "404": h.problemResponse("No action with this id in this organisation."),
          ...h.errors,
          ...h.bodyErrors,
          "422": h.problemResponse(invalid),
        },
      },
    },
  };
}

/** One OpenAPI 3.1 webhook per event: POSTed as { id, event, createdAt, timestamp, data }, signed. */
export function actionWebhooks(h: OpenApiHelpers): Record<string, Doc> {
  return Object.fromEntries(
    Object.entries(actionWebhookEvents).map(([event, { summary }]) => [
      event,
      {
        post: {
          summary,
          description: `Sent to the organisation's webhook URL, signed like every delivery (Settings → Webhook), as { id, event: "${event}", createdAt, timestamp, data }; \`data\` is described here. Ids only: no name, no email address.`,
          requestBody: { content: h.json(webhookSchemaName(event)) },
          responses: { "2XX": { description: "Received; any other answer is retried with backoff." } },
        },
      },
    ]),
  );
}
