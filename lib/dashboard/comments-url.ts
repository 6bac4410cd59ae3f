// The comments page's filters in the URL (issue 15 §2): `teamId`, `from`, `to`, `theme` and
// `q`, as a plain GET form writes them and as other pages link to it
// (`/{locale}/comments?theme=…&teamId=…&from=…&to=…`). Read as given, empty ones dropped: the data
// layer (listVerbatims) judges them, so a bad value is refused there with a sentence, never
// silently widened here.
import type { Locale } from "@/lib/i18n/config";
import type { SearchParams } from "./url-filters";

export const COMMENT_FILTER_NAMES = ["teamId", "from", "to", "theme", "q"] as const;
export type CommentFilters = Partial<Record<(typeof COMMENT_FILTER_NAMES)[number], string>>;

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== undefined && first.trim() !== "" ? first : undefined;
}

export function readCommentFilters(params: SearchParams): CommentFilters {
  const filters: CommentFilters = {};
  for (const name of COMMENT_FILTER_NAMES) {
    const value = one(params[name]);
    if (value !== undefined) filters[name] = value;
  }
  return filters;
}

export function commentsHref(locale: Locale, filters: CommentFilters): string {
  const query = new URLSearchParams();
  for (const name of COMMENT_FILTER_NAMES) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return `/${locale}/comments${search ? `?${search}` : ""}`;
}
