"use server";
// The catalogue's theme editor (issue 15 §2) through the one action wrapper: the data layer
// (updateTheme) checks themes:manage and the organisation, validates, re-matches the comments
// and audits; a refusal comes back with each field's sentence and what was typed.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateTheme } from "@/lib/db/themes/update-theme";
import { ActionRefusal, serverAction } from "@/lib/http/server-action";
import { themeEditSentence } from "@/lib/themes/theme-edit-sentences";

const text = z.string().max(10_000).catch("");
const ZThemeForm = z.object({
  id: text,
  labelFr: text,
  labelEn: text,
  keywordsFr: text,
  keywordsEn: text,
  // An unchecked box sends nothing.
  active: z.string().optional(),
});

export const saveThemeAction = serverAction(
  { name: "catalogue/themes/save", input: ZThemeForm, can: "themes:manage", keep: ["labelFr", "labelEn", "keywordsFr", "keywordsEn"] },
  async ({ actor, input, t }) => {
    const { id, active, ...fields } = input;
    const result = await updateTheme(actor, id, { ...fields, active: active === "on" });
    if (!result.ok) {
      const fieldErrors = Object.fromEntries(
        Object.entries(result.fieldErrors).map(([field, message]) => [field, themeEditSentence(message, t)]),
      );
      throw new ActionRefusal("INVALID_INPUT", t.comments.catalogue.error, fieldErrors);
    }
    revalidatePath("/[locale]/catalogue/themes", "page");
    return { matchedComments: result.matchedComments };
  },
);
