// The answer both sides give to the same instrument: a 0–10 score, "why?", the mirrored items
// (1–5, skippable) and the irritants, parsed with zod from the strings of a posted form. Each
// side extends the core (customer: submissionId; employee: suggestion). Errors come back as
// field codes, localised by the page; parsing never throws. Pure.
import { z } from "zod";
import type { CommonAnswerDraft } from "./posted-fields";

export const TEXT_MAX = 2000;
export const IRRITANT_OTHER_MAX = 500;
const MAX_ITEMS = 50;
const MAX_IRRITANTS = 100;

/** Field codes of the core; "form" is anything else wrong (a tampered hidden field…). */
export type CoreAnswerField = "score" | "comment" | "items" | "irritants" | "irritantOther" | "form";
const CORE_FIELDS: readonly string[] = ["score", "comment", "items", "irritantOther"];

/** Trimmed, CRLF folded, at most `max` characters; empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4) // cheap bound before trimming; the exact limit is checked on the trimmed text
    .transform((text) => text.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max))
    .transform((text) => (text === "" ? null : text));

export const ZAnswerCore = z.object({
  score: z.number().int().min(0).max(10),
  comment: optionalText(TEXT_MAX),
  /** itemId → 1..5; skipped items are absent. */
  items: z.record(z.uuid(), z.number().int().min(1).max(5)).refine((items) => Object.keys(items).length <= MAX_ITEMS),
  irritantIds: z
    .array(z.uuid())
    .max(MAX_IRRITANTS)
    .transform((ids) => [...new Set(ids)]),
  irritantOther: optionalText(IRRITANT_OTHER_MAX),
});

export type ParsedAnswer<I, F extends string> = { ok: true; input: I } | { ok: false; fields: F[] };

/** Item answers as numbers; anything but a digit 1–5 becomes NaN so zod reports the field. */
function itemValues(items: Record<string, string>): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [id, value] of Object.entries(items)) values[id] = /^[1-5]$/.test(value) ? Number(value) : Number.NaN;
  return values;
}

/**
 * Validates a side's draft with its schema (ZAnswerCore extended). A field of `ownFields` is
 * reported under its own name, any other unknown field (a hidden one) as "form".
 */
export function parseAnswer<S extends z.ZodType, E extends string>(
  schema: S,
  draft: CommonAnswerDraft,
  ownFields: readonly E[],
): ParsedAnswer<z.output<S>, CoreAnswerField | E> {
  const result = schema.safeParse({
    ...draft,
    // Digits only: "1e1", " 7" or "5.5" are not scores a radio button can post.
    score: /^\d{1,2}$/.test(draft.score) ? Number(draft.score) : Number.NaN,
    items: itemValues(draft.items),
  });
  if (result.success) return { ok: true, input: result.data };
  const fieldOf = (head: PropertyKey | undefined): CoreAnswerField | E => {
    if (head === "irritantIds") return "irritants";
    if (typeof head === "string" && (CORE_FIELDS.includes(head) || (ownFields as readonly string[]).includes(head)))
      return head as CoreAnswerField | E;
    return "form";
  };
  return { ok: false, fields: [...new Set(result.error.issues.map((issue) => fieldOf(issue.path[0])))] };
}
