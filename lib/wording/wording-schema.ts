// What the "Wording and emails" forms may send (lib/db/wording/wording-settings.ts validates
// with these; nothing is written on an error). Empty fields mean "the standard wording".
import { z } from "zod";
import { BODY_MAX, EMAIL_TEMPLATE_KINDS, SUBJECT_MAX, templateIssues, type TemplateIssue } from "./email-template";

export const NAME_MAX = 120;
export const TEXT_MAX = 1000;

/** Browsers post a textarea's line breaks as CRLF: stored and counted as LF. */
const lf = (value: string) => value.replace(/\r\n?/g, "\n");

const optionalText = (max: number) =>
  z
    .string()
    .transform(lf)
    .pipe(z.string().trim().max(max, { message: "tooLong" }))
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null);

export const ZSurveyWordingInput = z.object({
  locale: z.enum(["fr", "en"]),
  side: z.enum(["CUSTOMER", "EMPLOYEE"]),
  name: optionalText(NAME_MAX),
  intro: optionalText(TEXT_MAX),
  thankYou: optionalText(TEXT_MAX),
});
export type SurveyWordingInput = z.infer<typeof ZSurveyWordingInput>;
export type SurveyWordingField = "name" | "intro" | "thankYou";

export const ZEmailTemplateInput = z.object({
  kind: z.enum(EMAIL_TEMPLATE_KINDS),
  locale: z.enum(["fr", "en"]),
  subject: z.string().default("").transform(lf),
  body: z.string().default("").transform(lf),
});
export type EmailTemplateInput = z.infer<typeof ZEmailTemplateInput>;
export type EmailTemplateField = "subject" | "body";

/** Each field's issues (both empty = back to the built-in email, not an error). */
export function emailTemplateIssues(input: EmailTemplateInput): Partial<Record<EmailTemplateField, TemplateIssue[]>> {
  if (input.subject.trim() === "" && input.body.trim() === "") return {};
  const issues: Partial<Record<EmailTemplateField, TemplateIssue[]>> = {};
  const subject = templateIssues(input.kind, input.subject, SUBJECT_MAX);
  const body = templateIssues(input.kind, input.body, BODY_MAX);
  if (subject.length) issues.subject = subject;
  if (body.length) issues.body = body;
  return issues;
}
