// The actions list's row: its select, and the DTO it becomes (shared by the list, the detail and
// the benchmark). Organisation-agnostic helpers: the callers in lib/db/actions check the scope.
import type { Prisma } from "../../generated/client";
import { isOpenStatus, type ActionStatusValue } from "../../actions/action-status";

export interface ActionSummaryDto {
  id: string;
  title: string;
  status: ActionStatusValue;
  teamId: string;
  teamName: string;
  ownerId: string | null;
  ownerName: string | null;
  ownerTeamName: string | null;
  /** YYYY-MM-DD, or null without a due date. */
  dueDate: string | null;
  overdue: boolean;
  budgetCents: number | null;
  spentCents: number;
  publishedAt: Date | null;
  createdAt: Date;
}

export const dayOf = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
/** Due before today (Paris) and still open. */
export const isOverdue = (status: ActionStatusValue, dueDate: string | null, today: string): boolean =>
  dueDate !== null && dueDate < today && isOpenStatus(status);

export const summarySelect = {
  id: true,
  title: true,
  status: true,
  teamId: true,
  team: { select: { name: true } },
  ownerId: true,
  owner: { select: { user: { select: { name: true } }, team: { select: { name: true } } } },
  dueDate: true,
  budgetCents: true,
  spentCents: true,
  publishedAt: true,
  createdAt: true,
} satisfies Prisma.ActionSelect;

type SummaryRow = Prisma.ActionGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: SummaryRow, today: string): ActionSummaryDto {
  const dueDate = dayOf(row.dueDate);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    teamId: row.teamId,
    teamName: row.team.name,
    ownerId: row.ownerId,
    ownerName: row.owner?.user.name ?? null,
    ownerTeamName: row.owner?.team?.name ?? null,
    dueDate,
    overdue: isOverdue(row.status, dueDate, today),
    budgetCents: row.budgetCents,
    spentCents: row.spentCents,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
  };
}
