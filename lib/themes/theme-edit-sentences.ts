// The theme editor's refusals in the reader's language: the rules (./tsquery.ts,
// ./theme-edit.ts, the data layer's stop-word check) say them in English with the keyword in
// « »; this maps each known sentence to its message, the keyword kept. An unknown one is shown
// as it is rather than lost.
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { NO_KEYWORDS_SENTENCE } from "./tsquery";

type Sentences = Messages["comments"]["catalogue"]["errors"];

const KEYWORD_RULES: Array<[RegExp, keyof Sentences]> = [
  [/^« (.*) » may only contain letters, digits, spaces, apostrophes and hyphens$/s, "characters"],
  [/^« (.*) » must be at least \d+ characters$/s, "tooShort"],
  [/^« (.*) » must be at most \d+ characters$/s, "tooLong"],
  [/^« (.*) » must contain at least one letter or digit$/s, "characters"],
  [/^« (.*) » is made only of words too common to search/s, "stopWords"],
];

export function themeEditSentence(message: string, t: Messages): string {
  const m = t.comments.catalogue.errors;
  if (message === NO_KEYWORDS_SENTENCE) return m.noKeywords;
  for (const [pattern, key] of KEYWORD_RULES) {
    const keyword = pattern.exec(message)?.[1];
    if (keyword !== undefined) return fmt(m[key], { keyword });
  }
  if (/^must list at most \d+ keywords$/.test(message)) return m.tooMany;
  if (message.startsWith("must not be empty")) return m.emptyLabel;
  if (/^must be at most \d+ characters$/.test(message)) return m.longLabel;
  return message;
}
