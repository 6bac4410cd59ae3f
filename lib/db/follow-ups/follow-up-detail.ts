// One detractor follow-up as a manager works it (issue 14 §4): the contact (external id, channel,
// moment of truth, agent, date), the answers, the customer's email masked (revealed on demand to
// the assignee and to CX, each reveal audited), the assignee, the due date and overdue state, the
// history, and the published actions attached to it ("you said, we did" for the customer). Out of
// scope or of another organisation: not found.
import type { Actor } from "@/lib/auth/actor-types";
import { maskEmail } from "@/lib/contacts/mask-email";
import { parisToday } from "@/lib/actions/action-schema";
import { db } from "../client";
import { mayReveal } from "@/lib/follow-ups/may-reveal";
import { findFollowUpInScope, followUpAssignees } from "../internal/follow-ups/follow-up-scope";
import { withOrganisation } from "../tenant-context";

type Status = "OPEN" | "IN_PROGRESS" | "CLOSED";
type EventKind = "CREATED" | "ASSIGNED" | "STATUS" | "NOTE" | "DUE" | "EMAIL_REVEALED" | "ACTION_LINKED";

export interface FollowUpDetailDto {
  id: string;
  status: Status;
  createdAt: Date;
  closedAt: Date | null;
  dueOn: string | null;
  overdue: boolean;
  note: string | null;
  team: { id: string; name: string };
  assignee: { membershipId: string; name: string } | null;
  contact: {
    externalId: string | null;
    channel: string;
    momentFr: string;
    momentEn: string;
    agentExternalId: string | null;
    occurredAt: Date;
    /** Masked (« j•••@exemple.fr »); null without an address. */
    email: string | null;
  } | null;
  response: {
    score: number;
    comment: string | null;
    irritantOther: string | null;
    submittedAt: Date;
    items: { labelFr: string; labelEn: string; value: number }[];
    irritants: { labelFr: string; labelEn: string }[];
  };
  history: {
    kind: EventKind;
    actorName: string | null;
    assigneeName: string | null;
    status: Status | null;
    dueOn: string | null;
    body: string | null;
    actionTitle: string | null;
    createdAt: Date;
  }[];
  actions: { id: string; title: string; publishedSummary: string | null }[];
  /** Published actions concerning the team that could be attached. */
  attachable: { id: string; title: string }[];
  /** People who may handle it: the organisation-wide roles and the managers whose scope covers the team. */
  assignees: { membershipId: string; name: string; role: string }[];
  canReveal: boolean;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function getFollowUp(actor: Actor, id: string): Promise<FollowUpDetailDto> {
  return withOrganisation(actor.organisationId, async () => {
    const found = await findFollowUpInScope(actor, id);
    const organisationId = actor.organisationId;
    const [row, attachable, assignees] = await Promise.all([
      db().followUp.findUniqueOrThrow({
        where: { id: found.id },
        select: {
          id: true,
          status: true,
          createdAt: true,
          closedAt: true,
          dueOn: true,
          note: true,
          team: { select: { id: true, name: true } },
          assignee: { select: { id: true, user: { select: { name: true } } } },
          response: {
            select: {
              score: true,
              comment: true,
              irritantOther: true,
              submittedAt: true,
              channel: true,
              momentOfTruth: { select: { labelFr: true, labelEn: true } },
              contact: { select: { externalId: true, agentExternalId: true, occurredAt: true, customerEmail: true } },
              items: {
                select: { value: true, item: { select: { customerTextFr: true, customerTextEn: true, position: true } } },
              },
              irritants: { select: { irritant: { select: { labelFr: true, labelEn: true, position: true } } } },
            },
          },
          events: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              kind: true,
              status: true,
              dueOn: true,
              body: true,
              assigneeId: true,
              actionId: true,
              createdAt: true,
              actor: { select: { user: { select: { name: true } } } },
            },
          },
          actions: { select: { action: { select: { id: true, title: true, publishedSummary: true } } }, orderBy: { createdAt: "asc" } },
        },
      }),
      db().action.findMany({
        where: {
          organisationId,
          publishedAt: { not: null },
          teams: { some: { teamId: found.teamId } },
          followUps: { none: { followUpId: found.id } },
        },
        select: { id: true, title: true },
        orderBy: [{ publishedAt: "desc" }],
        take: 50,
      }),
      followUpAssignees(organisationId, found.team.path),
    ]);
    const names = new Map(assignees.map((a) => [a.membershipId, a.name]));
    const eventAssignees = row.events.map((e) => e.assigneeId).filter((x): x is string => Boolean(x) && !names.has(x!));
    if (eventAssignees.length > 0)
      for (const m of await db().membership.findMany({
        where: { organisationId, id: { in: eventAssignees } },
        select: { id: true, user: { select: { name: true } } },
      }))
        names.set(m.id, m.user.name);
    const actionTitles = new Map(row.actions.map(({ action }) => [action.id, action.title]));
    const response = row.response;
    const contact = response.contact;
    const dueOn = day(row.dueOn);
    return {
      id: row.id,
      status: row.status,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      dueOn,
      overdue: dueOn !== null && row.status !== "CLOSED" && dueOn < parisToday(),
      note: row.note,
      team: row.team,
      assignee: row.assignee ? { membershipId: row.assignee.id, name: row.assignee.user.name } : null,
      contact: contact
        ? {
            externalId: contact.externalId,
            channel: response.channel,
            momentFr: response.momentOfTruth.labelFr,
            momentEn: response.momentOfTruth.labelEn,
            agentExternalId: contact.agentExternalId,
            occurredAt: contact.occurredAt,
            email: contact.customerEmail ? maskEmail(contact.customerEmail) : null,
          }
        : null,
      response: {
        score: response.score,
        comment: response.comment,
        irritantOther: response.irritantOther,
        submittedAt: response.submittedAt,
        items: response.items
          .sort((x, y) => x.item.position - y.item.position)
          .map((answer) => ({ labelFr: answer.item.customerTextFr, labelEn: answer.item.customerTextEn, value: answer.value })),
        irritants: response.irritants
          .sort((x, y) => x.irritant.position - y.irritant.position)
          .map(({ irritant }) => ({ labelFr: irritant.labelFr, labelEn: irritant.labelEn })),
      },
      // Its creation opens the history (the respondent's request writes no event: it stays short;
      // the migration's backfilled CREATED rows say the same and are not repeated).
      history: [
        {
          kind: "CREATED" as const,
          actorName: null,
          assigneeName: null,
          status: null,
          dueOn: null,
          body: null,
          actionTitle: null,
          createdAt: row.createdAt,
        },
        ...row.events
          .filter((e) => e.kind !== "CREATED")
          .map((e) => ({
            kind: e.kind,
            actorName: e.actor?.user.name ?? null,
            assigneeName: e.assigneeId ? (names.get(e.assigneeId) ?? null) : null,
            status: e.status,
            dueOn: day(e.dueOn),
            body: e.body,
            actionTitle: e.actionId ? (actionTitles.get(e.actionId) ?? null) : null,
            createdAt: e.createdAt,
          })),
      ],
      actions: row.actions.map(({ action }) => action),
      attachable,
      assignees,
      canReveal: mayReveal(actor, row.assignee?.id ?? null) && Boolean(contact?.customerEmail),
    };
  });
}
