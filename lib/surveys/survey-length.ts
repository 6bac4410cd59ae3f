// How long the customer form is, counted from what it will actually ask (issue 19 §5: never
// « trois questions » for eight): the 0–10 score, "why?", one statement per active mirrored
// item and the irritant checklist when the catalogue has one. Pure.

/** A generous reading pace on a phone: a score, a statement or a checklist each take ~15 s. */
export const SECONDS_PER_QUESTION = 15;

export interface SurveyLength {
  questions: number;
  /** Whole minutes, rounded up, at least 1. */
  minutes: number;
}

export function surveyLength(catalogue: { items: readonly unknown[]; irritants: readonly unknown[] }): SurveyLength {
  const questions = 2 + catalogue.items.length + (catalogue.irritants.length > 0 ? 1 : 0);
  return { questions, minutes: Math.max(1, Math.ceil((questions * SECONDS_PER_QUESTION) / 60)) };
}
