// Reading the fields both answer forms share (customer survey and employee pulse): score,
// comment, `item.<id>` values, `irritant` ×n and irritantOther, as strings for validation.

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

/** A text field's value, "" when absent or a file. */
export function postedText(form: PostedFields, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function readCommonAnswerFields(form: PostedFields): CommonAnswerDraft {
  const items: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("item.") && typeof value === "string" && value !== "") items[name.slice(5)] = value;
  }
  return {
    score: postedText(form, "score"),
    comment: postedText(form, "comment"),
    items,
    irritantIds: form.getAll("irritant").filter((v): v is string => typeof v === "string"),
    irritantOther: postedText(form, "irritantOther"),
  };
}

/** Item answers as numbers; anything but a digit 1–5 becomes NaN so zod reports the field. */
export function draftItemValues(items: Record<string, string>): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [id, value] of Object.entries(items)) values[id] = /^[1-5]$/.test(value) ? Number(value) : Number.NaN;
  return values;
}
