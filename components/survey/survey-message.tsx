// The customer link's one-message screens: thank-you, already answered, unknown, expired,
// too many attempts, refused, error. Friendly and in the link's language.
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { RespondentMessage } from "./respondent-message";

export type SurveyMessageKind = "thanks" | "answered" | "notFound" | "expired" | "tooMany" | "forbidden" | "error";

type Words = Messages["survey"];
/** The namespace's plain sentences (not its nested groups such as `recall`). */
type SentenceKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

const keys: Record<SurveyMessageKind, [SentenceKey, SentenceKey]> = {
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
  thankYou,
  privacyHref,
}: {
  t: Messages["survey"];
  kind: SurveyMessageKind;
  organisationName?: string;
  /** The organisation's own text replacing the standard body (its thank-you). */
  thankYou?: string | null;
  privacyHref?: string;
}) {
  const [title, body] = keys[kind];
  return (
    <RespondentMessage state={kind} title={t[title]} body={thankYou ?? fmt(t[body], { name: organisationName ?? "" })}>
      {privacyHref ? (
        <p className="muted">
          <a href={privacyHref}>{t.privacyLink}</a>
        </p>
      ) : null}
    </RespondentMessage>
  );
}
