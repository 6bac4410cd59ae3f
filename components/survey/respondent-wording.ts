// The words the shared respondent components need, whichever side asks: each side's form maps
// its own message namespace (survey, pulses) onto this shape, in the reader's language.
import type { CoreAnswerField } from "@/lib/surveys/answer-schema";

export interface RespondentWording<F extends string = CoreAnswerField> {
  scoreQuestion: string;
  scoreLow: string;
  scoreHigh: string;
  required: string;
  why: string;
  textHint: string;
  itemsTitle: string;
  /** The 1–5 agreement scale, 1 first: each choice's accessible name ends with its label. */
  agreement: readonly [string, string, string, string, string];
  noOpinion: string;
  irritantsTitle: string;
  irritantOther: string;
  submit: string;
  sending: string;
  errorSummary: string;
  errors: Record<F, string>;
}

/** What the form asks beyond the score and "why?": the active catalogue, in the reader's language. */
export interface RespondentCatalogue {
  items: Array<{ id: string; text: string }>;
  irritants: Array<{ id: string; label: string }>;
}
