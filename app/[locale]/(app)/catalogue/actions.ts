"use server";
// Server actions of the item-pair and irritant-pair catalogue (issue 13 §1): plain forms
// (post/redirect/get, work without JavaScript) through the one action wrapper; the data layer
// checks the role and the side, the ids, validates and audits. A refusal comes back as codes the
// page explains (never the values typed); an answered pair's deletion (409) as "answered".
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { KEY_TAKEN } from "@/lib/catalogue/pair-schema";
import {
  createIrritantPair,
  deleteIrritantPair,
  moveIrritantPair,
  setIrritantPairActive,
  updateIrritantLabels,
} from "@/lib/db/catalogue/manage-irritant-pairs";
import {
  createItemPair,
  deleteItemPair,
  moveItemPair,
  setItemPairActive,
  updateItemSide,
  type PairWriteResult,
} from "@/lib/db/catalogue/manage-item-pairs";
import { ActionRefusal, redirectingAction, serverAction, type ActionResult, urlSegment } from "@/lib/http/server-action";

const itemsPage = (locale: string) => `/${locale}/catalogue`;
const irritantsPage = (locale: string) => `/${locale}/catalogue/irritants`;
const text = z.string().max(1_000);
const ZId = z.object({ id: z.string().max(100) });
const KEY_FIELDS = new Set(["dimension", "customerKey", "employeeKey", "direction", "side"]);

/** The codes the page explains: a key taken, a key's format, a missing wording, or the form. */
function codes(result: ActionResult<string>): string[] {
  if (result.ok) return [];
  if (result.code === "CONFLICT") return ["answered"];
  const found = Object.entries(result.fieldErrors ?? { form: "" }).map(([field, message]) =>
    message === KEY_TAKEN ? "keyTaken" : KEY_FIELDS.has(field) ? field : /Text|Label|^text|^label/.test(field) ? "text" : "form",
  );
  return [...new Set(found)];
}

function settled(result: PairWriteResult): string {
  if (!result.ok) throw new ActionRefusal("fields", "fields", result.fieldErrors as Record<string, string>);
  revalidatePath("/[locale]/catalogue", "layout");
  return result.id;
}

/** Back to the page with a notice and the row's anchor, or the codes in error. */
const outcome =
  (notice: string) =>
  (result: ActionResult<string>, to: string, form: FormData): string => {
    if (result.ok) return notice === "deleted" ? `${to}?notice=deleted` : `${to}?notice=${notice}#pair-${result.data}`;
    const anchor = urlSegment(form.get("id"));
    return `${to}?error=${codes(result).join(",")}${anchor ? `#pair-${anchor}` : ""}`;
  };
const activeOutcome = (result: ActionResult<string>, to: string, form: FormData) =>
  outcome(form.get("active") === "true" ? "restored" : "retired")(result, to, form);

const ZActive = ZId.extend({ active: z.enum(["true", "false"]) });
const ZMove = ZId.extend({ direction: text });

// Item pairs.
const createItem = serverAction(
  {
    name: "catalogue/items/create",
    input: z.object({ dimension: text, customerTextFr: text, customerTextEn: text, employeeTextFr: text, employeeTextEn: text }),
  },
  async ({ actor, input }) => settled(await createItemPair(actor, input)),
);
export const createItemPairAction = redirectingAction(createItem, itemsPage, outcome("created"));

const itemSide = serverAction(
  { name: "catalogue/items/side", input: ZId.extend({ side: text, textFr: text, textEn: text }) },
  async ({ actor, input: { id, side, ...texts } }) => settled(await updateItemSide(actor, id, side, texts)),
);
export const updateItemSideAction = redirectingAction(itemSide, itemsPage, outcome("saved"));

const moveItem = serverAction({ name: "catalogue/items/move", input: ZMove }, async ({ actor, input }) =>
  settled(await moveItemPair(actor, input.id, { direction: input.direction })),
);
export const moveItemPairAction = redirectingAction(moveItem, itemsPage, outcome("moved"));

const activeItem = serverAction({ name: "catalogue/items/active", input: ZActive }, async ({ actor, input }) =>
  settled(await setItemPairActive(actor, input.id, input.active === "true")),
);
export const setItemPairActiveAction = redirectingAction(activeItem, itemsPage, activeOutcome);

const deleteItem = serverAction({ name: "catalogue/items/delete", input: ZId }, async ({ actor, input }) =>
  settled(await deleteItemPair(actor, input.id)),
);
export const deleteItemPairAction = redirectingAction(deleteItem, itemsPage, outcome("deleted"));

// Irritant pairs.
const createIrritant = serverAction(
  {
    name: "catalogue/irritants/create",
    input: z.object({
      customerKey: text,
      customerLabelFr: text,
      customerLabelEn: text,
      employeeKey: text,
      employeeLabelFr: text,
      employeeLabelEn: text,
    }),
  },
  async ({ actor, input }) => settled(await createIrritantPair(actor, input)),
);
export const createIrritantPairAction = redirectingAction(createIrritant, irritantsPage, outcome("created"));

const irritantLabels = serverAction(
  { name: "catalogue/irritants/labels", input: ZId.extend({ labelFr: text, labelEn: text }) },
  async ({ actor, input: { id, ...labels } }) => settled(await updateIrritantLabels(actor, id, labels)),
);
export const updateIrritantLabelsAction = redirectingAction(irritantLabels, irritantsPage, outcome("saved"));

const moveIrritant = serverAction({ name: "catalogue/irritants/move", input: ZMove }, async ({ actor, input }) =>
  settled(await moveIrritantPair(actor, input.id, { direction: input.direction })),
);
export const moveIrritantPairAction = redirectingAction(moveIrritant, irritantsPage, outcome("moved"));

const activeIrritant = serverAction({ name: "catalogue/irritants/active", input: ZActive }, async ({ actor, input }) =>
  settled(await setIrritantPairActive(actor, input.id, input.active === "true")),
);
export const setIrritantPairActiveAction = redirectingAction(activeIrritant, irritantsPage, activeOutcome);

const deleteIrritant = serverAction({ name: "catalogue/irritants/delete", input: ZId }, async ({ actor, input }) =>
  settled(await deleteIrritantPair(actor, input.id)),
);
export const deleteIrritantPairAction = redirectingAction(deleteIrritant, irritantsPage, outcome("deleted"));
