// The customer side of the respondent instrument (issue 3): the core answer plus the
// submissionId that makes a retry idempotent. Errors are field codes, localised by the page.
import { z } from "zod";
import { TEXT_MAX, ZAnswerCore, parseAnswer, type CoreAnswerField, type ParsedAnswer } from "./answer-schema";
import { readPostedAnswer, type CommonAnswerDraft, type PostedFields } from "./posted-fields";

export { TEXT_MAX as COMMENT_MAX };

/** Field codes the page knows how to explain; "form" is a stale or tampered submissionId. */
export type ResponseField = CoreAnswerField;

export const ZCustomerResponseInput = ZAnswerCore.extend({ submissionId: z.uuid() });

export type CustomerResponseInput = z.infer<typeof ZCustomerResponseInput>;

/** The raw values of a posted form, kept to redraw it after an error. */
export interface CustomerResponseDraft extends CommonAnswerDraft {
  submissionId: string;
}

export const readResponseForm = (form: PostedFields): CustomerResponseDraft => readPostedAnswer(form, ["submissionId"]);

export type ParsedResponse = ParsedAnswer<CustomerResponseInput, ResponseField>;

/** Validates a draft; a missing score is reported as such, never as a 500. */
export const parseResponseDraft = (draft: CustomerResponseDraft): ParsedResponse => parseAnswer(ZCustomerResponseInput, draft, []);
