// The respondent form both sides share (server-rendered, plain POST to its own URL, works
// without JS): the error summary linked to the fields, then the score, "why?", the mirrored
// items and the irritants of the catalogue, the side's own fields, and the submit button.
import type { ReactNode } from "react";
import { TEXT_MAX, type CoreAnswerField } from "@/lib/surveys/answer-schema";
import type { CommonAnswerDraft } from "@/lib/surveys/posted-fields";
import { ErrorSummary } from "./error-summary";
import { IrritantsQuestion, firstIrritantAnchor } from "./irritants-question";
import { ItemsQuestion, firstItemAnchor } from "./items-question";
import type { RespondentCatalogue, RespondentWording } from "./respondent-wording";
import { ScoreQuestion } from "./score-question";
import { TextQuestion } from "./text-question";

/** F: the side's own fields beyond the core (the employee's "suggestion"). */
interface Props<F extends string> {
  w: RespondentWording<F | CoreAnswerField>;
  catalogue: RespondentCatalogue;
  /** null in HR's preview: the form cannot be sent. */
  action: string | null;
  draft: CommonAnswerDraft;
  errors: Array<F | CoreAnswerField>;
  /** The side's hidden fields, first in the form (the customer's submissionId). */
  hidden?: ReactNode;
  /** The side's own questions, after the irritants (the employee's suggestion, id = its field). */
  extra?: ReactNode;
}

/** Where each error's link points: its field when drawn, else the form itself. */
function anchorsOf(catalogue: RespondentCatalogue, irritantsDrawn: boolean): Record<CoreAnswerField, string> {
  return {
    score: "#score-0",
    comment: "#comment",
    items: firstItemAnchor(catalogue.items) ?? "#survey",
    irritants: firstIrritantAnchor(catalogue.irritants) ?? "#survey",
    irritantOther: irritantsDrawn ? "#irritantOther" : "#survey",
    form: "#score-0",
  };
}

export function AnswerForm<F extends string>({ w, catalogue, action, draft, errors, hidden, extra }: Props<F>) {
  const has = (field: CoreAnswerField) => errors.includes(field);
  const core: Record<string, string> = anchorsOf(catalogue, catalogue.irritants.length > 0);
  const anchors = Object.fromEntries(errors.map((field) => [field, core[field] ?? `#${field}`])) as Record<F | CoreAnswerField, string>;
  return (
    <>
      {errors.length ? <ErrorSummary title={w.errorSummary} errors={errors} messages={w.errors} anchors={anchors} /> : null}
      <form id="survey" method="post" action={action ?? undefined} noValidate>
        {hidden}
        <ScoreQuestion w={w} value={draft.score} invalid={has("score")} />
        <TextQuestion
          id="comment"
          label={w.why}
          hint={w.textHint}
          value={draft.comment}
          max={TEXT_MAX}
          error={has("comment") ? w.errors.comment : null}
        />
        {catalogue.items.length ? <ItemsQuestion w={w} items={catalogue.items} values={draft.items} invalid={has("items")} /> : null}
        {catalogue.irritants.length ? (
          <IrritantsQuestion
            w={w}
            irritants={catalogue.irritants}
            checked={draft.irritantIds}
            other={draft.irritantOther}
            invalid={has("irritants")}
            otherInvalid={has("irritantOther")}
          />
        ) : null}
        {extra}
        <button type="submit" disabled={action === null} data-label={w.submit} data-sending={w.sending}>
          {w.submit}
        </button>
      </form>
    </>
  );
}
