// What the theme editor accepts (issue 15 §2, docs/themes.md "Editing a theme"): FR/EN labels,
// FR/EN keywords (lists or a form's text, the rules of ./tsquery.ts) and whether the theme is
// active. A theme without any keyword is refused on keywordsFr. Pure zod, plain-word messages.
import { z } from "zod";
import { NO_KEYWORDS_SENTENCE, ZKeywordListField } from "./tsquery";

export const THEME_LABEL_MAX = 120;

const ZThemeLabel = z
  .string({ error: "is required" })
  .trim()
  .min(1, "must not be empty: a theme is shown by its label")
  .max(THEME_LABEL_MAX, `must be at most ${THEME_LABEL_MAX} characters`);

export const ZThemeEdit = z
  .strictObject({
    labelFr: ZThemeLabel,
    labelEn: ZThemeLabel,
    keywordsFr: ZKeywordListField,
    keywordsEn: ZKeywordListField.default([]),
    active: z.boolean({ error: "must be true or false" }),
  })
  .refine((value) => value.keywordsFr.length + value.keywordsEn.length > 0, { message: NO_KEYWORDS_SENTENCE, path: ["keywordsFr"] });
export type ThemeEdit = z.infer<typeof ZThemeEdit>;
