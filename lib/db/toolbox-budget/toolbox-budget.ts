// The toolbox budget (issue 14 §1, docs/team-irritants.md "Toolbox budget"): per organisation and
// calendar year, an amount allocated to teams. Spent per allocated team is the sum of the spent
// amounts of the actions created that year (Paris calendar) whose owning team is the team or in
// its subtree; the organisation's spent is every action created that year. budget:manage
// (ADMIN/HR/CX); every change audited; allocations above the amount, negative amounts, foreign
// teams: field errors, nothing stored.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import {
  budgetFieldErrors,
  ZAllocation,
  ZAllocationRemoval,
  ZBudgetAmount,
  ZYear,
  currentParisYear,
  type BudgetFieldErrors,
} from "@/lib/toolbox/budget-schema";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { withOrganisation } from "../tenant-context";

export interface AllocationDto {
  teamId: string;
  teamName: string;
  amountCents: number;
  spentCents: number;
  leftCents: number;
}

export interface ToolboxBudgetDto {
  year: number;
  /** Null while no amount was set for the year. */
  amountCents: number | null;
  allocatedCents: number;
  spentCents: number;
  /** amount − spent (null without an amount). */
  leftCents: number | null;
  allocations: AllocationDto[];
  teams: Array<{ id: string; name: string; depth: number }>;
}

export type BudgetWriteResult = { ok: true } | { ok: false; fieldErrors: BudgetFieldErrors };

function requireManage(actor: Actor) {
  if (!can(actor, "budget:manage")) throw new ForbiddenError();
}

type SpentRow = { teamId: string; spent: number };

/** Spent per allocated team's subtree and in all, for actions created in `year` (Paris). */
async function spentOf(organisationId: string, year: number, teamIds: string[]) {
  const bounds = Prisma.sql`a."createdAt" >= (make_date(${year}::int, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')
    AND a."createdAt" < (make_date(${year + 1}::int, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')`;
  const [total] = await db().$queryRaw<Array<{ spent: number }>>`
    SELECT coalesce(sum(a."spentCents"), 0)::int AS spent FROM "Action" a WHERE a."organisationId" = ${organisationId}::uuid AND ${bounds}`;
  const rows =
    teamIds.length === 0
      ? []
      : await db().$queryRaw<SpentRow[]>`
    SELECT t.id::text AS "teamId", coalesce(sum(a."spentCents"), 0)::int AS spent
    FROM "Team" t
    LEFT JOIN "Team" o ON o."organisationId" = t."organisationId" AND o.path LIKE t.path || '%'
    LEFT JOIN "Action" a ON a."teamId" = o.id AND a."organisationId" = t."organisationId" AND ${bounds}
    WHERE t."organisationId" = ${organisationId}::uuid AND t.id = ANY(${teamIds}::uuid[])
    GROUP BY t.id`;
  return { total: total?.spent ?? 0, byTeam: new Map(rows.map((row) => [row.teamId, row.spent])) };
}

export async function getToolboxBudget(actor: Actor, yearInput?: unknown): Promise<ToolboxBudgetDto> {
  return withOrganisation(actor.organisationId, async () => {
    requireManage(actor);
    const parsedYear = ZYear.safeParse(yearInput ?? currentParisYear());
    const year = parsedYear.success ? parsedYear.data : currentParisYear();
    const org = actor.organisationId;
    const [budget, teams] = await Promise.all([
      db().toolboxBudget.findUnique({
        where: { organisationId_year: { organisationId: org, year } },
        select: { amountCents: true, allocations: { select: { teamId: true, amountCents: true, team: { select: { name: true } } } } },
      }),
      db().team.findMany({
        where: { organisationId: org, archivedAt: null },
        select: { id: true, name: true, depth: true, path: true },
        orderBy: { path: "asc" },
      }),
    ]);
    const allocations = budget?.allocations ?? [];
    const spent = await spentOf(
      org,
      year,
      allocations.map((row) => row.teamId),
    );
    const allocatedCents = allocations.reduce((total, row) => total + row.amountCents, 0);
    return {
      year,
      amountCents: budget?.amountCents ?? null,
      allocatedCents,
      spentCents: spent.total,
      leftCents: budget ? budget.amountCents - spent.total : null,
      allocations: allocations
        .map((row) => {
          const spentCents = spent.byTeam.get(row.teamId) ?? 0;
          return {
            teamId: row.teamId,
            teamName: row.team.name,
            amountCents: row.amountCents,
            spentCents,
            leftCents: row.amountCents - spentCents,
          };
        })
        .sort((a, b) => a.teamName.localeCompare(b.teamName, "fr")),
      teams: teams.map(({ id, name, depth }) => ({ id, name, depth })),
    };
  });
}

async function audit(tx: Prisma.TransactionClient, actor: Actor, action: string, year: number, metadata: Prisma.InputJsonObject) {
  await tx.auditLog.create({
    data: {
      organisationId: actor.organisationId,
      actorId: actor.membershipId,
      action,
      targetType: "ToolboxBudget",
      targetId: String(year),
      metadata,
    },
  });
}

const lock = (tx: Prisma.TransactionClient, organisationId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('toolbox-budget:' || ${organisationId}))`;

const tooMuch = (allocated: number, amount: number): BudgetFieldErrors => ({
  amount: `Les allocations (${(allocated / 100).toLocaleString("fr-FR")} €) dépasseraient le budget de l'année (${(amount / 100).toLocaleString("fr-FR")} €).`,
});

/** Sets the year's amount; refused below what is already allocated to teams. */
export async function setToolboxBudget(actor: Actor, input: unknown): Promise<BudgetWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireManage(actor);
    const parsed = ZBudgetAmount.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: budgetFieldErrors(parsed.error) };
    const { year, amount } = parsed.data;
    const org = actor.organisationId;
    return db().$transaction(async (tx): Promise<BudgetWriteResult> => {
      await lock(tx, org);
      const existing = await tx.toolboxBudget.findUnique({
        where: { organisationId_year: { organisationId: org, year } },
        select: { amountCents: true, allocations: { select: { amountCents: true } } },
      });
      const allocated = existing?.allocations.reduce((total, row) => total + row.amountCents, 0) ?? 0;
      if (allocated > amount) return { ok: false, fieldErrors: tooMuch(allocated, amount) };
      await tx.toolboxBudget.upsert({
        where: { organisationId_year: { organisationId: org, year } },
        create: { organisationId: org, year, amountCents: amount },
        update: { amountCents: amount },
      });
      await audit(tx, actor, "toolboxBudget.set", year, { from: existing?.amountCents ?? null, to: amount });
      return { ok: true };
    });
  });
}

/** Adds or changes a team's allocation; refused when the allocations would exceed the year's amount. */
export async function setToolboxAllocation(actor: Actor, input: unknown): Promise<BudgetWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireManage(actor);
    const parsed = ZAllocation.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: budgetFieldErrors(parsed.error) };
    const { year, teamId, amount } = parsed.data;
    const org = actor.organisationId;
    const team = isUuid(teamId) ? await db().team.findFirst({ where: { id: teamId, organisationId: org }, select: { id: true } }) : null;
    if (!team) return { ok: false, fieldErrors: { teamId: "Choisissez une équipe de l'organisation." } };
    return db().$transaction(async (tx): Promise<BudgetWriteResult> => {
      await lock(tx, org);
      const budget = await tx.toolboxBudget.findUnique({
        where: { organisationId_year: { organisationId: org, year } },
        select: { id: true, amountCents: true, allocations: { select: { teamId: true, amountCents: true } } },
      });
      if (!budget) return { ok: false, fieldErrors: { amount: "Fixez d'abord le budget de l'année." } };
      const others = budget.allocations.filter((row) => row.teamId !== team.id).reduce((total, row) => total + row.amountCents, 0);
      if (others + amount > budget.amountCents) return { ok: false, fieldErrors: tooMuch(others + amount, budget.amountCents) };
      const before = budget.allocations.find((row) => row.teamId === team.id)?.amountCents ?? null;
      await tx.toolboxAllocation.upsert({
        where: { budgetId_teamId: { budgetId: budget.id, teamId: team.id } },
        create: { organisationId: org, budgetId: budget.id, teamId: team.id, amountCents: amount },
        update: { amountCents: amount },
      });
      await audit(tx, actor, "toolboxBudget.allocate", year, { teamId: team.id, from: before, to: amount });
      return { ok: true };
    });
  });
}

export async function removeToolboxAllocation(actor: Actor, input: unknown): Promise<BudgetWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireManage(actor);
    const parsed = ZAllocationRemoval.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: budgetFieldErrors(parsed.error) };
    const { year, teamId } = parsed.data;
    const org = actor.organisationId;
    if (!isUuid(teamId)) return { ok: false, fieldErrors: { teamId: "Choisissez une équipe de l'organisation." } };
    return db().$transaction(async (tx): Promise<BudgetWriteResult> => {
      const removed = await tx.toolboxAllocation.deleteMany({
        where: { organisationId: org, teamId, budget: { organisationId: org, year } },
      });
      if (removed.count === 0) return { ok: false, fieldErrors: { teamId: "Cette équipe n'a pas d'allocation cette année." } };
      await audit(tx, actor, "toolboxBudget.unallocate", year, { teamId });
      return { ok: true };
    });
  });
}
