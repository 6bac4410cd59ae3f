// A theme's keywords, validated, and the SQL that turns them into a PostgreSQL tsquery
// (docs/themes.md). Keywords are user input: they only ever reach PostgreSQL as one text[]
// parameter, and SQL builds the query from it (public.symetrie_theme_query, migration
// theme_search): each keyword becomes a phrase with phraseto_tsquery — its words in order,
// stemmed and unaccented by the language's configuration, hyphens read as spaces — and the
// keywords are ORed. Nothing here is ever interpolated into SQL but the configuration name,
// taken from a fixed list.
import { z } from "zod";

export const KEYWORDS_MIN = 1;
export const KEYWORDS_MAX = 40;
export const KEYWORD_MIN_LENGTH = 2;
export const KEYWORD_MAX_LENGTH = 60;

/** Letters (any script, accents included), digits, spaces, apostrophes (' and ’) and hyphens. */
const KEYWORD_PATTERN = /^[\p{L}\p{N}' ’-]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const NO_KEYWORDS_SENTENCE = "must list at least one keyword: a theme without keywords would never match a comment";

export type ThemeLanguage = "fr" | "en";

/** The text search configurations of migration theme_search: accents folded, then stemmed. */
export const THEME_SEARCH_CONFIG: Record<ThemeLanguage, "symetrie_fr" | "symetrie_en"> = {
  fr: "symetrie_fr",
  en: "symetrie_en",
};

/** Trims, folds runs of spaces into one and turns the typographic apostrophe into a plain one. */
export function normaliseKeyword(keyword: string): string {
  return keyword.replace(/’/g, "'").replace(/\s+/g, " ").trim();
}

export const ZThemeKeyword = z
  .string({ error: "must be text" })
  .transform(normaliseKeyword)
  .pipe(
    z
      .string()
      .min(KEYWORD_MIN_LENGTH, `must be at least ${KEYWORD_MIN_LENGTH} characters`)
      .max(KEYWORD_MAX_LENGTH, `must be at most ${KEYWORD_MAX_LENGTH} characters`)
      .regex(KEYWORD_PATTERN, "may only contain letters, digits, spaces, apostrophes and hyphens")
      .regex(HAS_LETTER_OR_DIGIT, "must contain at least one letter or digit"),
  );

/** Keywords compared without case, so « Attente » and « attente » count once. */
function dropDuplicates(keywords: string[]): string[] {
  const seen = new Set<string>();
  return keywords.filter((keyword) => {
    const folded = keyword.toLocaleLowerCase("fr");
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

export const ZThemeKeywords = z
  .array(ZThemeKeyword, { error: "must be a list of keywords" })
  .transform(dropDuplicates)
  .pipe(z.array(z.string()).min(KEYWORDS_MIN, NO_KEYWORDS_SENTENCE).max(KEYWORDS_MAX, `must list at most ${KEYWORDS_MAX} keywords`));

/** A keyword list typed in a form: one keyword per line or separated by commas or semicolons. */
export function splitKeywordList(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map(normaliseKeyword)
    .filter((keyword) => keyword.length > 0);
}

/** A form's keyword textarea, split then validated like a list. */
export const ZThemeKeywordText = z.string({ error: "must be text" }).transform(splitKeywordList).pipe(ZThemeKeywords);

/**
 * SQL for the tsquery of `keywordsParam` (a placeholder such as `$1`, bound to a text[]) in a
 * language's configuration. NULL when no keyword is searchable (only stop words): it matches
 * nothing. Use as `to_tsvector('symetrie_fr', comment) @@ <this>`.
 */
export function themeQuerySql(language: ThemeLanguage, keywordsParam: string): string {
  if (!/^\$\d+$/.test(keywordsParam)) throw new Error(`themeQuerySql expects a placeholder like $1, got ${keywordsParam}`);
  return `public.symetrie_theme_query('${THEME_SEARCH_CONFIG[language]}'::regconfig, ${keywordsParam}::text[])`;
}

/** One language's list in an edit: 0 to 40 keywords (the other language may carry them all). */
export const ZKeywordListField = z
  .union([z.string(), z.array(z.string())], { error: "must be a list of keywords" })
  .transform((value) => (typeof value === "string" ? splitKeywordList(value) : value))
  .pipe(z.array(z.string({ error: "must be a list of keywords" })))
  .transform((list, ctx) => {
    const keywords: string[] = [];
    for (const raw of list) {
      const parsed = ZThemeKeyword.safeParse(raw);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: `« ${raw.slice(0, KEYWORD_MAX_LENGTH + 1)} » ${parsed.error.issues[0]!.message}` });
        return z.NEVER;
      }
      keywords.push(parsed.data);
    }
    return dropDuplicates(keywords);
  })
  .pipe(z.array(z.string()).max(KEYWORDS_MAX, `must list at most ${KEYWORDS_MAX} keywords`));

/** A theme's keywords as edited: French and English lists (text or arrays), at least one keyword in all. */
export const ZThemeKeywordsEdit = z
  .strictObject({ keywordsFr: ZKeywordListField, keywordsEn: ZKeywordListField.default([]) })
  .refine((value) => value.keywordsFr.length + value.keywordsEn.length > 0, { message: NO_KEYWORDS_SENTENCE, path: ["keywordsFr"] });
export type ThemeKeywordsEdit = z.infer<typeof ZThemeKeywordsEdit>;
