// The one form reader of the respondent instrument (customer survey and employee pulse): score,
// comment, `item.<id>` values, `irritant` ×n, irritantOther, plus each side's own text fields,
// all kept as the strings posted so a form can be redrawn exactly as typed. Pure.

/** A posted form: FormData, or the URLSearchParams of an urlencoded body (cheaper to get). */
export interface PostedFields {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
  entries(): Iterable<[string, FormDataEntryValue]>;
}

export interface CommonAnswerDraft {
  score: string;
  comment: string;
  items: Record<string, string>;
  irritantIds: string[];
  irritantOther: string;
}

export const emptyCommonDraft = (): CommonAnswerDraft => ({ score: "", comment: "", items: {}, irritantIds: [], irritantOther: "" });

/** Nothing chosen or typed in the common fields (a side's own fields are the caller's to check). */
export const isBlankDraft = (draft: CommonAnswerDraft): boolean =>
  draft.score === "" &&
  draft.comment === "" &&
  draft.irritantOther === "" &&
  draft.irritantIds.length === 0 &&
  Object.keys(draft.items).length === 0;

/** A text field's value, "" when absent or a file. */
function postedText(form: PostedFields, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The common fields plus the side's own text fields (`submissionId`, `suggestion`…). */
export function readPostedAnswer<E extends string>(form: PostedFields, ownTexts: readonly E[]): CommonAnswerDraft & Record<E, string> {
  const items: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("item.") && typeof value === "string" && value !== "") items[name.slice(5)] = value;
  }
  const own = Object.fromEntries(ownTexts.map((name) => [name, postedText(form, name)])) as Record<E, string>;
  return {
    ...own,
    score: postedText(form, "score"),
    comment: postedText(form, "comment"),
    items,
    irritantIds: form.getAll("irritant").filter((v): v is string => typeof v === "string"),
    irritantOther: postedText(form, "irritantOther"),
  };
}
