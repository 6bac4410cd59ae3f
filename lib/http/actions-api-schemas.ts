// The documented shapes of /api/v1/actions (issue 14 §6) and of the action-loop webhooks, for
// openapi.json; tests/db/actions-api.test.ts checks the routes' answers against them.
import { z } from "zod";
import { ZListActionsFilters } from "@/lib/actions/action-list-schema";

const statuses = ["PROPOSED", "PLANNED", "IN_PROGRESS", "DONE", "MEASURED", "DROPPED"] as const;
const ZStatus = z.enum(statuses);
const day = z.string().describe("YYYY-MM-DD");
const instant = z.iso.datetime();

/** The list's query string: the page's filters but "mine", which means nothing for a key. */
export const ZActionsQuery = ZListActionsFilters.omit({ mine: true });

export const ZActionSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: ZStatus,
  teamId: z.uuid().describe("The owning team."),
  teamName: z.string(),
  ownerId: z.uuid().nullable().describe("The owner's membership id (any team of the organisation)."),
  ownerName: z.string().nullable(),
  ownerTeamName: z.string().nullable(),
  dueDate: day.nullable(),
  overdue: z.boolean().describe("Due before today (Europe/Paris) and not done, measured or dropped."),
  budgetCents: z.int().nullable().describe("The planned budget in euro cents."),
  spentCents: z.int().describe("What was spent so far, in euro cents."),
  publishedAt: instant.nullable().describe("When it was shown to the employees of its teams."),
  createdAt: instant,
});

export const ZActionsPage = z.object({
  rows: z.array(ZActionSummary),
  nextCursor: z.string().nullable().describe("Pass it as `cursor` for the next page; null on the last one."),
});

const ZNamed = z.object({ id: z.uuid(), name: z.string() });
export const ZActionDetail = ZActionSummary.extend({
  description: z.string().nullable(),
  origin: z.enum(["TEAM", "IRRITANT", "ITEM", "FOLLOW_UP"]),
  doneAt: instant.nullable(),
  publishedSummary: z.string().nullable(),
  updatedAt: instant,
  team: ZNamed,
  owner: z.object({ membershipId: z.uuid(), name: z.string(), teamName: z.string().nullable() }).nullable(),
  createdByName: z.string().nullable(),
  teams: z.array(ZNamed).describe("The teams concerned, the owning team included."),
  irritants: z.array(
    z.object({
      id: z.uuid(),
      side: z.enum(["CUSTOMER", "EMPLOYEE"]),
      labelFr: z.string(),
      labelEn: z.string(),
      mirrorId: z.uuid().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      id: z.uuid(),
      dimension: z.string(),
      labelFr: z.string().describe("The customer statement."),
      labelEn: z.string(),
      employeeLabelFr: z.string(),
      employeeLabelEn: z.string(),
    }),
  ),
  comments: z.array(z.object({ id: z.uuid(), authorName: z.string().nullable(), body: z.string(), createdAt: instant })),
  history: z.array(
    z.object({
      actorName: z.string().nullable().describe("null when an API key made the change."),
      apiKeyName: z.string().nullable().describe("The API key that made the change, if one did."),
      fromStatus: ZStatus.nullable(),
      toStatus: ZStatus.nullable(),
      changes: z.record(z.string(), z.unknown()).nullable().describe("field → [before, after]."),
      createdAt: instant,
    }),
  ),
  followUpIds: z.array(z.uuid()).describe("Detractor follow-ups this published action answers."),
  canEdit: z.boolean(),
  canWork: z.boolean(),
  nextStatuses: z.array(ZStatus).describe("Where the status may go next (one step, or DROPPED before done)."),
});

export const ZCreatedAction = z.object({ id: z.uuid() });

const occurredAt = instant.describe("When the change was made.");
const actionFacts = {
  id: z.uuid().describe("The action."),
  title: z.string(),
  teamId: z.uuid().describe("The owning team."),
  ownerId: z.uuid().nullable().describe("The owner's membership id."),
  dueDate: day.nullable(),
  budgetCents: z.int().nullable(),
  spentCents: z.int(),
  occurredAt,
};

/** The `data` of each webhook event of the action loop: ids, never a person's name or address. */
export const actionWebhookEvents = {
  "action.created": {
    summary: "An action was created (status PROPOSED).",
    schema: z.object({ ...actionFacts, status: ZStatus }),
  },
  "action.status_changed": {
    summary: "An action moved one step (or was dropped).",
    schema: z.object({ ...actionFacts, from: ZStatus, to: ZStatus }),
  },
  "followup.assigned": {
    summary: "A detractor follow-up was assigned or reassigned.",
    schema: z.object({
      followUpId: z.uuid(),
      teamId: z.uuid(),
      assigneeId: z.uuid().nullable().describe("The assignee's membership id."),
      occurredAt,
    }),
  },
  "followup.closed": {
    summary: "A detractor follow-up was closed (the customer was called back).",
    schema: z.object({ followUpId: z.uuid(), teamId: z.uuid(), assigneeId: z.uuid().nullable(), occurredAt }),
  },
} as const;
