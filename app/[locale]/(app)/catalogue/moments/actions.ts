"use server";
// Server actions of the moments-of-truth catalogue (issue 13 §1): plain forms (post/redirect/get,
// work without JavaScript) through the one action wrapper; the data layer checks the role and the
// side, the ids, validates and audits. A refusal comes back as codes naming the fields in error.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { DEFAULT_MOMENT, IN_USE, KEY_TAKEN } from "@/lib/catalogue/moment-schema";
import {
  createMoment,
  deleteMoment,
  moveMoment,
  setMomentActive,
  setMomentPairing,
  setMomentTrigger,
  updateMomentLabels,
  type MomentWriteResult,
} from "@/lib/db/moments/manage-moments";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult, urlSegment } from "@/lib/http/server-action";

const page = (locale: string) => `/${locale}/catalogue/moments`;
const text = z.string().max(1_000);
const ZMomentId = z.object({ momentId: z.string().max(100) });

/** The codes the page explains: a field's format, a key already taken, a moment in use. */
function codes(fieldErrors: Record<string, string>): string[] {
  const named: Record<string, string> = { [KEY_TAKEN]: "keyTaken", [IN_USE]: "inUse", [DEFAULT_MOMENT]: "defaultMoment" };
  return Object.entries(fieldErrors).map(([field, message]) => named[message] ?? field);
}

function settled(result: MomentWriteResult): string {
  if (!result.ok) throw new ActionRefusal("fields", "fields", result.fieldErrors as Record<string, string>);
  revalidatePath("/[locale]/catalogue", "layout");
  return result.id;
}

/** Back to the page with a notice, or the codes in error (never the values typed). */
const outcome =
  (notice: string) =>
  (result: ActionResult<string>, to: string, form: FormData): string => {
    if (result.ok) return `${to}?notice=${notice}#moment-${result.data}`;
    const side = form.get("side") === "EMPLOYEE" ? "EMPLOYEE" : "CUSTOMER";
    const anchor = urlSegment(form.get("momentId"));
    const errors = codes(result.fieldErrors ?? { form: "" });
    return `${to}?error=${errors.join(",")}&side=${side}${anchor ? `#moment-${anchor}` : ""}`;
  };

const create = serverAction(
  { name: "moments/create", input: z.object({ side: text, key: text, labelFr: text, labelEn: text }) },
  async ({ actor, input }) => settled(await createMoment(actor, input)),
);
export const createMomentAction = redirectingAction(create, page, outcome("created"));

const labels = serverAction(
  { name: "moments/labels", input: ZMomentId.extend({ labelFr: text, labelEn: text }) },
  async ({ actor, input: { momentId, ...fields } }) => settled(await updateMomentLabels(actor, momentId, fields)),
);
export const updateMomentLabelsAction = redirectingAction(labels, page, outcome("saved"));

const move = serverAction({ name: "moments/move", input: ZMomentId.extend({ direction: text }) }, async ({ actor, input }) =>
  settled(await moveMoment(actor, input.momentId, { direction: input.direction })),
);
export const moveMomentAction = redirectingAction(move, page, outcome("moved"));

const activate = serverAction(
  { name: "moments/active", input: ZMomentId.extend({ active: z.enum(["true", "false"]) }) },
  async ({ actor, input }) => settled(await setMomentActive(actor, input.momentId, input.active === "true")),
);
export const setMomentActiveAction = redirectingAction(activate, page, (result, to, form) =>
  outcome(form.get("active") === "true" ? "restored" : "retired")(result, to, form),
);

const remove = serverAction({ name: "moments/delete", input: ZMomentId }, async ({ actor, input }) =>
  settled(await deleteMoment(actor, input.momentId)),
);
export const deleteMomentAction = redirectingAction(remove, page, (result, to, form) =>
  result.ok ? `${to}?notice=deleted` : outcome("deleted")(result, to, form),
);

const pair = serverAction({ name: "moments/pair", input: ZMomentId.extend({ employeeMomentId: text }) }, async ({ actor, input }) =>
  settled(await setMomentPairing(actor, input.momentId, { employeeMomentId: input.employeeMomentId })),
);
export const setMomentPairingAction = redirectingAction(pair, page, outcome("saved"));

const trigger = serverAction(
  { name: "moments/trigger", input: ZMomentId.extend({ triggersPulse: text.optional(), pulseDelayDays: text }) },
  async ({ actor, input }) =>
    settled(
      await setMomentTrigger(actor, input.momentId, {
        triggersPulse: input.triggersPulse === "on",
        pulseDelayDays: input.pulseDelayDays,
      }),
    ),
);
export const setMomentTriggerAction = redirectingAction(trigger, page, outcome("saved"));
