"use server";
// Server actions of the actions pages (issue 14 §1), built with the one action wrapper. The form
// (create and edit) answers through useActionState: success redirects to the action's page, a
// refusal comes back with each field's sentence and every value as typed. The buttons of the
// action's page (status, spending, comment, publication) are plain post/redirect/get forms. The
// data layer checks the rights, the ids and the dates; nothing here decides who may do what.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actionFormValues, type ActionFormState, LIST_FIELDS, ACTION_FORM_FIELDS } from "@/components/actions/action-form-state";
import type { ActionWriteResult } from "@/lib/actions/action-schema";
import { createAction, updateAction } from "@/lib/db/actions/write-actions";
import { addActionComment, changeActionStatus, publishAction, recordActionSpending, unpublishAction } from "@/lib/db/actions/work-actions";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult, asForm } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import { workOutcome, type WorkNotice } from "@/lib/actions/action-work-outcome";

const text = z.string().max(20_000);
const ids = z.array(z.string().max(100)).max(500);
const ZActionForm = z.object({
  actionId: z.string().max(100).optional(),
  title: text,
  description: text,
  teamId: text,
  ownerId: text,
  teamIds: ids,
  irritantIds: ids,
  itemIds: ids,
  dueDate: text,
  budgetEuros: text,
  origin: text,
  followUpId: text,
});

function readActionForm(form: FormData) {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const entries = ACTION_FORM_FIELDS.map((name) =>
    LIST_FIELDS.has(name) ? [name, form.getAll(name).filter((value) => typeof value === "string")] : [name, field(name)],
  );
  const actionId = form.get("actionId");
  return { ...Object.fromEntries(entries), ...(typeof actionId === "string" ? { actionId } : {}) };
}

/** Each refused field's sentence in the page's language, by the data layer's code. */
function sentences(result: Extract<ActionWriteResult, { ok: false }>, t: Messages): Record<string, string> {
  return Object.fromEntries(Object.entries(result.codes).map(([field, code]) => [field, t.actionErrors[code]]));
}

const save = serverAction({ name: "actions/save", input: ZActionForm, read: readActionForm }, async ({ actor, input, locale, t }) => {
  const { actionId, origin, followUpId, ...fields } = input;
  const result = actionId
    ? await updateAction(actor, actionId, fields)
    : await createAction(actor, { ...fields, origin: origin || "TEAM", followUpId: followUpId || null });
  if (!result.ok) throw new ActionRefusal("INVALID_INPUT", t.actionPages.form.errorSummary, sentences(result, t));
  revalidatePath("/[locale]/actions", "layout");
  redirect(`/${locale}/actions/${result.id}?notice=${actionId ? "saved" : "created"}`);
});

/** The action form's server action: a refusal keeps every value as typed, the lists included. */
export async function saveActionFormAction(previous: ActionFormState, posted: FormData): Promise<ActionFormState> {
  const form = asForm(posted);
  const result: ActionResult<never> = await save(previous, form);
  return result.ok ? result : { ...result, values: actionFormValues(form) };
}

const actionsPage = (locale: string) => `/${locale}/actions`;
const ZWork = z.object({ actionId: z.string().max(100) });

/** A work form: its handler's refusal keeps the field and its code for the page to show beside it. */
function workAction<S extends z.ZodObject>(name: string, input: S, notice: WorkNotice, run: Parameters<typeof serverAction<S, string>>[1]) {
  const action = serverAction<S, string>({ name: `actions/${name}`, input }, async (context) => {
    const id = await run(context);
    revalidatePath("/[locale]/actions", "layout");
    return id;
  });
  return redirectingAction(action, actionsPage, workOutcome(notice));
}

const settled = (result: ActionWriteResult): string => {
  if (result.ok) return result.id;
  const [field, code] = Object.entries(result.codes)[0] ?? ["form", "invalid"];
  throw new ActionRefusal(code, code, { [field]: code });
};

export const changeActionStatusAction = workAction(
  "status",
  ZWork.extend({ status: z.string().max(20) }),
  "status",
  async ({ actor, input }) => settled(await changeActionStatus(actor, input.actionId, input.status)),
);

export const recordActionSpendingAction = workAction(
  "spending",
  ZWork.extend({ spentEuros: z.string().max(50) }),
  "spending",
  async ({ actor, input }) => settled(await recordActionSpending(actor, input.actionId, input.spentEuros)),
);

export const addActionCommentAction = workAction(
  "comment",
  ZWork.extend({ body: z.string().max(20_000) }),
  "comment",
  async ({ actor, input }) => settled(await addActionComment(actor, input.actionId, input.body)),
);

export const publishActionAction = workAction(
  "publish",
  ZWork.extend({ summary: z.string().max(20_000) }),
  "published",
  async ({ actor, input }) => settled(await publishAction(actor, input.actionId, input.summary)),
);

export const unpublishActionAction = workAction("unpublish", ZWork, "unpublished", async ({ actor, input }) =>
  settled(await unpublishAction(actor, input.actionId)),
);
