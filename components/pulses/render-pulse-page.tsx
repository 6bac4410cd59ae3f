// Turns an employee pulse screen into a complete HTML Response with the respondent page's
// document and styles (no framework JS: TOOLCHAIN.md "Light pages"), no caching, strict CSP.
import crypto from "node:crypto";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server.edge";
import { brandPalette } from "@/components/survey/brand-colors";
import { SurveyDocument } from "@/components/survey/survey-document";
import type { Locale } from "@/lib/i18n/config";
import { getMessages, type Messages } from "@/lib/i18n/messages";
import type { PulseFormDto } from "@/lib/db/pulses/find-pulse-form";
import type { AnswerField, EmployeeAnswerDraft } from "@/lib/pulses/answer-schema";
import { PulseForm } from "./pulse-form";

function respond(element: ReactElement, status: number, nonce: string, extra: Record<string, string> = {}): Response {
  const html = renderToString(element);
  return new Response(html.startsWith("<!DOCTYPE") ? html : `<!DOCTYPE html>${html}`, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "same-origin",
      "X-Robots-Tag": "noindex, nofollow",
      "Content-Security-Policy": `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      ...extra,
    },
  });
}

export interface PulseFormScreen {
  locale: Locale;
  form: PulseFormDto;
  action: string | null;
  draft: EmployeeAnswerDraft;
  errors: AnswerField[];
}

export function renderPulseForm({ locale, form, action, draft, errors }: PulseFormScreen, status = 200): Response {
  const t = getMessages(locale).pulses;
  const nonce = crypto.randomBytes(16).toString("base64");
  const title = errors.length ? `${t.errorSummary} – ${form.pulseName}` : form.pulseName;
  return respond(
    <SurveyDocument locale={locale} title={title} palette={brandPalette(form.brandColor)} nonce={nonce} organisationName={form.organisationName} withScript={action !== null}>
      <PulseForm t={t} form={form} action={action} draft={draft} errors={errors} />
    </SurveyDocument>,
    status, nonce,
  );
}

export type PulseMessageKind = "thanks" | "already" | "notOpen" | "notFound" | "forbidden" | "error";

const keys: Record<PulseMessageKind, [keyof Messages["pulses"], keyof Messages["pulses"]]> = {
  thanks: ["thanksTitle", "thanksBody"],
  already: ["alreadyTitle", "alreadyBody"],
  notOpen: ["notOpenTitle", "notOpenBody"],
  notFound: ["notFoundTitle", "notFoundBody"],
  forbidden: ["forbiddenTitle", "forbiddenBody"],
  error: ["errorTitle", "errorBody"],
};

export function renderPulseMessage(locale: Locale, kind: PulseMessageKind, status: number, extra: Record<string, string> = {}): Response {
  const t = getMessages(locale).pulses;
  const nonce = crypto.randomBytes(16).toString("base64");
  const [title, body] = keys[kind];
  return respond(
    <SurveyDocument locale={locale} title={t[title]} palette={brandPalette(undefined)} nonce={nonce}>
      <div className="message" data-pulse-state={kind}>
        <h1>{t[title]}</h1>
        <p>{t[body]}</p>
        <p><a href={`/${locale}/pulses`}>{t.backHome}</a></p>
      </div>
    </SurveyDocument>,
    status, nonce, extra,
  );
}
