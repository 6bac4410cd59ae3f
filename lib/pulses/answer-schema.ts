// The employee pulse form (issue 4): what a posted answer may contain, parsed with zod into
// ZEmployeeAnswerInput. Errors are field codes, localised by the page. Pure.
import { z } from "zod";
import { draftItemValues, postedText, readCommonAnswerFields, type PostedFields } from "@/lib/surveys/posted-fields";

export const TEXT_MAX = 2000;
export const IRRITANT_OTHER_MAX = 500;
const MAX_ITEMS = 50;
const MAX_IRRITANTS = 100;

export type AnswerField = "score" | "comment" | "suggestion" | "items" | "irritants" | "irritantOther" | "form";

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4) // cheap bound before trimming; the exact limit is checked on the trimmed text
    .transform((text) => text.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max))
    .transform((text) => (text === "" ? null : text));

export const ZEmployeeAnswerInput = z.object({
  score: z.number().int().min(0).max(10),
  comment: optionalText(TEXT_MAX),
  suggestion: optionalText(TEXT_MAX),
  /** itemId → 1..5; skipped items are absent. */
  items: z.record(z.uuid(), z.number().int().min(1).max(5)).refine((items) => Object.keys(items).length <= MAX_ITEMS),
  irritantIds: z.array(z.uuid()).max(MAX_IRRITANTS).transform((ids) => [...new Set(ids)]),
  irritantOther: optionalText(IRRITANT_OTHER_MAX),
});

export type EmployeeAnswerInput = z.infer<typeof ZEmployeeAnswerInput>;

/** The raw values of a posted form, kept to redraw it after an error. */
export interface EmployeeAnswerDraft {
  score: string;
  comment: string;
  suggestion: string;
  items: Record<string, string>;
  irritantIds: string[];
  irritantOther: string;
}

export const emptyAnswerDraft = (): EmployeeAnswerDraft => ({ score: "", comment: "", suggestion: "", items: {}, irritantIds: [], irritantOther: "" });

/** Reads the common answer fields plus `suggestion`. */
export function readAnswerForm(form: PostedFields): EmployeeAnswerDraft {
  return { ...readCommonAnswerFields(form), suggestion: postedText(form, "suggestion") };
}

function fieldOf(path: PropertyKey[]): AnswerField {
  const head = path[0];
  if (head === "score" || head === "comment" || head === "suggestion" || head === "items" || head === "irritantOther") return head;
  if (head === "irritantIds") return "irritants";
  return "form";
}

export type ParsedAnswer = { ok: true; input: EmployeeAnswerInput } | { ok: false; fields: AnswerField[] };

/** Validates a draft (form post or JSON-shaped test input); never throws. */
export function parseAnswerDraft(draft: EmployeeAnswerDraft): ParsedAnswer {
  const result = ZEmployeeAnswerInput.safeParse({
    ...draft,
    score: /^\d{1,2}$/.test(draft.score) ? Number(draft.score) : Number.NaN,
    items: draftItemValues(draft.items),
  });
  if (result.success) return { ok: true, input: result.data };
  return { ok: false, fields: [...new Set(result.error.issues.map((issue) => fieldOf(issue.path)))] };
}
