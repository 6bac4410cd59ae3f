// The employee side of the respondent instrument (issue 4): the core answer plus one optional
// suggestion. Errors are field codes, localised by the page. Pure.
import type { z } from "zod";
import { TEXT_MAX, ZAnswerCore, optionalText, parseAnswer, type CoreAnswerField, type ParsedAnswer } from "@/lib/surveys/answer-schema";
import { emptyCommonDraft, readPostedAnswer, type CommonAnswerDraft, type PostedFields } from "@/lib/surveys/posted-fields";

export { TEXT_MAX };

export type AnswerField = CoreAnswerField | "suggestion";

export const ZEmployeeAnswerInput = ZAnswerCore.extend({ suggestion: optionalText(TEXT_MAX) });

export type EmployeeAnswerInput = z.infer<typeof ZEmployeeAnswerInput>;

/** The raw values of a posted form, kept to redraw it after an error. */
export interface EmployeeAnswerDraft extends CommonAnswerDraft {
  suggestion: string;
}

export const emptyAnswerDraft = (): EmployeeAnswerDraft => ({ ...emptyCommonDraft(), suggestion: "" });

export const readAnswerForm = (form: PostedFields): EmployeeAnswerDraft => readPostedAnswer(form, ["suggestion"]);

export type ParsedEmployeeAnswer = ParsedAnswer<EmployeeAnswerInput, AnswerField>;

/** Validates a draft (form post or JSON-shaped test input); never throws. */
export const parseAnswerDraft = (draft: EmployeeAnswerDraft): ParsedEmployeeAnswer =>
  parseAnswer(ZEmployeeAnswerInput, draft, ["suggestion"]);
