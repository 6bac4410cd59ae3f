"use server";
// Server actions of the toolbox budget page (issue 14 §1): plain forms (post/redirect/get) through
// the one action wrapper (budget:manage); the data layer validates, refuses allocations above the
// year's amount and audits. Back to the page's year with a notice or the refusal's code.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  removeToolboxAllocation,
  setToolboxAllocation,
  setToolboxBudget,
  type BudgetWriteResult,
} from "@/lib/db/toolbox-budget/toolbox-budget";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult, urlSegment } from "@/lib/http/server-action";
import { budgetErrorCode } from "@/lib/toolbox/budget-schema";

const text = z.string().max(100);
const page = (locale: string) => `/${locale}/actions/budget`;

function settled(result: BudgetWriteResult) {
  if (!result.ok) throw new ActionRefusal("fields", "fields", result.fieldErrors as Record<string, string>);
  revalidatePath("/[locale]/actions/budget", "page");
  return true;
}

const back = (result: ActionResult<boolean>, to: string, form: FormData) => {
  const year = urlSegment(form.get("year"));
  if (result.ok) return `${to}?year=${year}&notice=saved`;
  const [field, message] = Object.entries(result.fieldErrors ?? {})[0] ?? ["amount", ""];
  return `${to}?year=${year}&error=${budgetErrorCode(field, message)}`;
};

export const setToolboxBudgetAction = redirectingAction(
  serverAction({ name: "budget/set", input: z.object({ year: text, amount: text }), can: "budget:manage" }, async ({ actor, input }) =>
    settled(await setToolboxBudget(actor, input)),
  ),
  page,
  back,
);

export const setToolboxAllocationAction = redirectingAction(
  serverAction(
    { name: "budget/allocate", input: z.object({ year: text, teamId: text, amount: text }), can: "budget:manage" },
    async ({ actor, input }) => settled(await setToolboxAllocation(actor, input)),
  ),
  page,
  back,
);

export const removeToolboxAllocationAction = redirectingAction(
  serverAction(
    { name: "budget/unallocate", input: z.object({ year: text, teamId: text }), can: "budget:manage" },
    async ({ actor, input }) => settled(await removeToolboxAllocation(actor, input)),
  ),
  page,
  back,
);
