// The customer respondent form (issue 3): what a posted form may contain, parsed with zod
// into ZCustomerResponseInput. Errors are reported by field code, localised by the page.
import { z } from "zod";
import { draftItemValues, postedText, readCommonAnswerFields, type PostedFields } from "./posted-fields";

export const COMMENT_MAX = 2000;
export const IRRITANT_OTHER_MAX = 500;
const MAX_ITEMS = 50;
const MAX_IRRITANTS = 100;

/** Field codes the page knows how to explain; "form" is a stale or tampered submissionId. */
export type ResponseField = "score" | "comment" | "items" | "irritants" | "irritantOther" | "form";

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4) // cheap bound before trimming; the exact limit is checked on the trimmed text
    .transform((text) => text.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max))
    .transform((text) => (text === "" ? null : text));

export const ZCustomerResponseInput = z.object({
  submissionId: z.uuid(),
  score: z.coerce.number().int().min(0).max(10),
  comment: optionalText(COMMENT_MAX),
  /** itemId → 1..5; skipped items are absent. */
  items: z.record(z.uuid(), z.number().int().min(1).max(5)).refine((items) => Object.keys(items).length <= MAX_ITEMS),
  irritantIds: z.array(z.uuid()).max(MAX_IRRITANTS).transform((ids) => [...new Set(ids)]),
  irritantOther: optionalText(IRRITANT_OTHER_MAX),
});

export type CustomerResponseInput = z.infer<typeof ZCustomerResponseInput>;

/** The raw values of a posted form, kept to redraw it after an error. */
export interface CustomerResponseDraft {
  submissionId: string;
  score: string;
  comment: string;
  items: Record<string, string>;
  irritantIds: string[];
  irritantOther: string;
}

export type { PostedFields };

/** Reads the form's fields (`submissionId` plus the common answer fields). */
export function readResponseForm(form: PostedFields): CustomerResponseDraft {
  return { submissionId: postedText(form, "submissionId"), ...readCommonAnswerFields(form) };
}

function fieldOf(path: PropertyKey[]): ResponseField {
  const head = path[0];
  if (head === "score" || head === "comment" || head === "items" || head === "irritantOther") return head;
  if (head === "irritantIds") return "irritants";
  return "form";
}

export type ParsedResponse = { ok: true; input: CustomerResponseInput } | { ok: false; fields: ResponseField[] };

/** Validates a draft; a missing score is reported as such, never as a 500. */
export function parseResponseDraft(draft: CustomerResponseDraft): ParsedResponse {
  const result = ZCustomerResponseInput.safeParse({
    ...draft,
    score: /^\d{1,2}$/.test(draft.score) ? draft.score : Number.NaN,
    items: draftItemValues(draft.items),
  });
  if (result.success) return { ok: true, input: result.data };
  const fields = [...new Set(result.error.issues.map((issue) => fieldOf(issue.path)))];
  return { ok: false, fields };
}
