// The customer link's one-message screens: thank-you, already answered, unknown, expired,
// too many attempts, refused, error. Friendly and in the link's language.
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { RespondentMessage } from "./respondent-message";

export type SurveyMessageKind = "thanks" | "answered" | "notFound" | "expired" | "tooMany" | "forbidden" | "error";

const keys: Record<SurveyMessageKind, [keyof Messages["survey"], keyof Messages["survey"]]> = {
  thanks: ["thanksTitle", "thanksBody"],
  answered: ["answeredTitle", "answeredBody"],
  notFound: ["notFoundTitle", "notFoundBody"],
  expired: ["expiredTitle", "expiredBody"],
  tooMany: ["tooManyTitle", "tooManyBody"],
  forbidden: ["forbiddenTitle", "forbiddenBody"],
  error: ["errorTitle", "errorBody"],
};

export function surveyMessageTitle(t: Messages["survey"], kind: SurveyMessageKind): string {
  return t[keys[kind][0]];
}

export function SurveyMessage({
  t,
  kind,
  organisationName,
}: {
  t: Messages["survey"];
  kind: SurveyMessageKind;
  organisationName?: string;
}) {
  const [title, body] = keys[kind];
  return <RespondentMessage state={kind} title={t[title]} body={fmt(t[body], { name: organisationName ?? "" })} />;
}
