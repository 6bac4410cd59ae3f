// What the item-pair and irritant-pair editor accepts (issue 13 §1): a mirrored item pair (its
// dimension key and both sides' FR/EN wording), an irritant pair (each side's key and FR/EN
// label), one side's wording, a move up or down. Both sides are always required: a pair cannot
// lose a side. Pure zod, plain-word messages; the data layer checks ids and keys.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/organisations/fields";

export const PAIR_SIDES = ["CUSTOMER", "EMPLOYEE"] as const;
export type PairSide = (typeof PAIR_SIDES)[number];

const wording = (max: number) =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, "must not be empty: a pair keeps both sides")
    .max(max, `must be at most ${max} characters`);
const key = z
  .string({ error: "is required" })
  .trim()
  .min(1, "must not be empty")
  .max(50, "must be at most 50 characters")
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, "must be lowercase letters, digits and single underscores (e.g. delai_intervention)");

/** Item statements are sentences; irritant labels are short. */
export const ITEM_TEXT_MAX = 300;
export const IRRITANT_LABEL_MAX = 120;

export const ZItemSideText = z.strictObject({ textFr: wording(ITEM_TEXT_MAX), textEn: wording(ITEM_TEXT_MAX) });

export const ZCreateItemPair = z.strictObject({
  dimension: key,
  customerTextFr: wording(ITEM_TEXT_MAX),
  customerTextEn: wording(ITEM_TEXT_MAX),
  employeeTextFr: wording(ITEM_TEXT_MAX),
  employeeTextEn: wording(ITEM_TEXT_MAX),
});
export type CreateItemPairInput = z.infer<typeof ZCreateItemPair>;

export const ZIrritantLabels = z.strictObject({ labelFr: wording(IRRITANT_LABEL_MAX), labelEn: wording(IRRITANT_LABEL_MAX) });

export const ZCreateIrritantPair = z.strictObject({
  customerKey: key,
  customerLabelFr: wording(IRRITANT_LABEL_MAX),
  customerLabelEn: wording(IRRITANT_LABEL_MAX),
  employeeKey: key,
  employeeLabelFr: wording(IRRITANT_LABEL_MAX),
  employeeLabelEn: wording(IRRITANT_LABEL_MAX),
});
export type CreateIrritantPairInput = z.infer<typeof ZCreateIrritantPair>;

export const ZPairSide = z.enum(PAIR_SIDES, { error: "must be the customer or the employee side" });
export const ZMovePair = z.strictObject({ direction: z.enum(["up", "down"], { error: "must be up or down" }) });

export type PairField =
  keyof CreateItemPairInput | keyof CreateIrritantPairInput | "textFr" | "textEn" | "labelFr" | "labelEn" | "side" | "direction";
export type PairFieldErrors = Partial<Record<PairField | "form", string>>;

export const pairFieldErrors = (error: z.ZodError): PairFieldErrors => firstFieldErrors<PairField>(error);

/** The data layer's refusals the editor names apart from a field's format. */
export const KEY_TAKEN = "is already used by another entry of the catalogue";
export const ANSWERED = "has answers or action plans: retire it instead (history keeps its wording)";
