// The keywords of a list that PostgreSQL reduces to nothing in a language's configuration (only
// stop words such as « le » or « pas de »): they would never match, so the editors refuse them
// (docs/themes.md "Editing keywords"). The list reaches SQL as one text[] parameter.
import type { Prisma } from "@/lib/db/generated/client";
import { THEME_SEARCH_CONFIG, type ThemeLanguage } from "@/lib/themes/tsquery";

export async function unsearchableKeywords(tx: Prisma.TransactionClient, language: ThemeLanguage, keywords: string[]): Promise<string[]> {
  if (keywords.length === 0) return [];
  const rows = await tx.$queryRaw<{ keyword: string }[]>`
    SELECT keyword FROM unnest(${keywords}::text[]) AS keyword
    WHERE numnode(phraseto_tsquery(${THEME_SEARCH_CONFIG[language]}::regconfig, regexp_replace(keyword, '-', ' ', 'g'))) = 0`;
  return rows.map((row) => row.keyword);
}

/** The field errors of both lists: the first useless keyword of each, in a sentence. */
export async function keywordFieldErrors(
  tx: Prisma.TransactionClient,
  lists: { keywordsFr: string[]; keywordsEn: string[] },
): Promise<Partial<Record<"keywordsFr" | "keywordsEn", string>>> {
  const fieldErrors: Partial<Record<"keywordsFr" | "keywordsEn", string>> = {};
  for (const [field, language] of [
    ["keywordsFr", "fr"],
    ["keywordsEn", "en"],
  ] as const) {
    const [useless] = await unsearchableKeywords(tx, language, lists[field]);
    if (useless) fieldErrors[field] = `« ${useless} » is made only of words too common to search: use a more specific word`;
  }
  return fieldErrors;
}
