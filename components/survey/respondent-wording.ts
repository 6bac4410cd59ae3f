// The words the shared respondent components need, whichever side asks: each side's message
// namespace (survey, pulses) names the instrument's common words alike, so one builder serves
// both; the side adds what it words its own way (its question, the scale's ends, its fields).
import type { Messages } from "@/lib/i18n/messages";
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

/** The keys both namespaces share (Messages["survey"] and Messages["pulses"] both fit). */
type InstrumentWords = Pick<
  Messages["survey"],
  | "required"
  | "why"
  | "itemsTitle"
  | "agreement1"
  | "agreement2"
  | "agreement3"
  | "agreement4"
  | "agreement5"
  | "noOpinion"
  | "irritantsTitle"
  | "irritantOther"
  | "submit"
  | "sending"
  | "errorSummary"
  | "errorScore"
  | "errorComment"
  | "errorItems"
  | "errorIrritants"
  | "errorIrritantOther"
  | "errorForm"
>;

type OwnWords = Pick<RespondentWording, "scoreQuestion" | "scoreLow" | "scoreHigh" | "textHint">;

export function respondentWording<E extends string = never>(
  t: InstrumentWords,
  own: OwnWords,
  ownErrors: Record<E, string> = {} as Record<E, string>,
): RespondentWording<CoreAnswerField | E> {
  return {
    ...own,
    required: t.required,
    why: t.why,
    itemsTitle: t.itemsTitle,
    agreement: [t.agreement1, t.agreement2, t.agreement3, t.agreement4, t.agreement5],
    noOpinion: t.noOpinion,
    irritantsTitle: t.irritantsTitle,
    irritantOther: t.irritantOther,
    submit: t.submit,
    sending: t.sending,
    errorSummary: t.errorSummary,
    errors: {
      score: t.errorScore,
      comment: t.errorComment,
      items: t.errorItems,
      irritants: t.errorIrritants,
      irritantOther: t.errorIrritantOther,
      form: t.errorForm,
      ...ownErrors,
    } as Record<CoreAnswerField | E, string>,
  };
}
