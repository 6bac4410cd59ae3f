// One action as its page shows it (issue 14 §1): fields, teams, owner, linked irritants and items,
// comments, history, the follow-ups it answers, and what the principal may do with it. An id of
// another organisation, or out of the principal's scope, is "not found".
import type { Principal } from "@/lib/auth/actor-types";
import { canEditAction, canWorkAction } from "@/lib/actions/action-rights";
import { parisToday } from "@/lib/actions/action-schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { type ActionSummaryDto, summarySelect, toSummary } from "../internal/actions/action-rows";
import { actionReadScope } from "./action-scope";
import { nextStatuses, type ActionStatusValue } from "./action-status";
import { withOrganisation } from "../tenant-context";

export interface ActionDetailDto extends ActionSummaryDto {
  description: string | null;
  origin: "TEAM" | "IRRITANT" | "ITEM" | "FOLLOW_UP";
  doneAt: Date | null;
  publishedSummary: string | null;
  updatedAt: Date;
  team: { id: string; name: string };
  owner: { membershipId: string; name: string; teamName: string | null } | null;
  createdByName: string | null;
  /** The teams concerned, the owning team included. */
  teams: { id: string; name: string }[];
  irritants: { id: string; side: "CUSTOMER" | "EMPLOYEE"; labelFr: string; labelEn: string; mirrorId: string | null }[];
  /** Mirrored item pairs; labelFr/labelEn are the customer statement, the employee one beside it. */
  items: {
    id: string;
    dimension: string;
    labelFr: string;
    labelEn: string;
    employeeLabelFr: string;
    employeeLabelEn: string;
  }[];
  comments: { id: string; authorName: string | null; body: string; createdAt: Date }[];
  /** Oldest first. `changes` maps a field to [before, after]; an API key's change has no actorName but its apiKeyName. */
  history: {
    actorName: string | null;
    apiKeyName: string | null;
    fromStatus: ActionStatusValue | null;
    toStatus: ActionStatusValue | null;
    changes: Record<string, unknown> | null;
    createdAt: Date;
  }[];
  followUpIds: string[];
  canEdit: boolean;
  canWork: boolean;
  /** The statuses the principal may move it to now (empty when they may not work it). */
  nextStatuses: ActionStatusValue[];
}

const name = { select: { user: { select: { name: true } } } } as const;
const detailSelect = {
  ...summarySelect,
  description: true,
  origin: true,
  doneAt: true,
  publishedSummary: true,
  updatedAt: true,
  team: { select: { name: true, path: true } },
  createdBy: name,
  teams: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { path: "asc" } } },
  irritants: { select: { irritant: { select: { id: true, side: true, labelFr: true, labelEn: true, mirrorId: true, position: true } } } },
  items: {
    select: {
      item: {
        select: {
          id: true,
          dimension: true,
          position: true,
          customerTextFr: true,
          customerTextEn: true,
          employeeTextFr: true,
          employeeTextEn: true,
        },
      },
    },
  },
  comments: { select: { id: true, body: true, createdAt: true, author: name }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  events: {
    select: { fromStatus: true, toStatus: true, changes: true, createdAt: true, actor: name },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  followUps: { select: { followUpId: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ActionSelect;

type DetailRow = Prisma.ActionGetPayload<{ select: typeof detailSelect }>;

function toDetail(principal: Principal, organisationId: string, row: DetailRow): ActionDetailDto {
  const rights = { team: { id: row.teamId, organisationId, path: row.team.path }, ownerId: row.ownerId };
  const canWork = canWorkAction(principal, rights);
  const byPosition = <T extends { position: number }>(list: T[]) => [...list].sort((a, b) => a.position - b.position);
  return {
    ...toSummary(row, parisToday()),
    description: row.description,
    origin: row.origin,
    doneAt: row.doneAt,
    publishedSummary: row.publishedSummary,
    updatedAt: row.updatedAt,
    team: { id: row.teamId, name: row.team.name },
    owner:
      row.ownerId && row.owner ? { membershipId: row.ownerId, name: row.owner.user.name, teamName: row.owner.team?.name ?? null } : null,
    createdByName: row.createdBy?.user.name ?? null,
    teams: row.teams.map(({ team }) => team),
    irritants: byPosition(row.irritants.map(({ irritant }) => irritant)).map(({ position: _position, ...irritant }) => irritant),
    items: byPosition(row.items.map(({ item }) => item)).map((item) => ({
      id: item.id,
      dimension: item.dimension,
      labelFr: item.customerTextFr,
      labelEn: item.customerTextEn,
      employeeLabelFr: item.employeeTextFr,
      employeeLabelEn: item.employeeTextEn,
    })),
    comments: row.comments.map((comment) => ({
      id: comment.id,
      authorName: comment.author?.user.name ?? null,
      body: comment.body,
      createdAt: comment.createdAt,
    })),
    history: row.events.map((event) => {
      const { apiKeyId: _key, apiKeyName, ...changes } = (event.changes as Record<string, unknown> | null) ?? {};
      return {
        actorName: event.actor?.user.name ?? null,
        apiKeyName: typeof apiKeyName === "string" ? apiKeyName : null,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        changes: Object.keys(changes).length > 0 ? changes : null,
        createdAt: event.createdAt,
      };
    }),
    followUpIds: row.followUps.map((link) => link.followUpId),
    canEdit: canEditAction(principal, rights),
    canWork,
    nextStatuses: canWork ? nextStatuses(row.status) : [],
  };
}

export async function getAction(principal: Principal, id: string): Promise<ActionDetailDto> {
  return withOrganisation(principal.organisationId, async () => {
    const scope = actionReadScope(principal);
    if (!scope) throw new ForbiddenError();
    if (!isUuid(id)) throw new NotFoundError("action");
    const row = await db().action.findFirst({ where: { AND: [scope, { id }] }, select: detailSelect });
    if (!row) throw new NotFoundError("action");
    return toDetail(principal, principal.organisationId, row);
  });
}
