// Turns a respondent screen into a complete HTML Response: React rendered on the server
// (react-dom/server.edge: no framework JS shipped, TOOLCHAIN.md "Light pages"), no-referrer,
// no caching, a strict CSP whose nonce admits only our inline style and script.
import crypto from "node:crypto";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server.edge";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import type { SurveyFormDto } from "@/lib/db/survey-links/find-survey-link";
import type { CustomerResponseDraft, ResponseField } from "@/lib/surveys/response-schema";
import { brandPalette } from "./brand-colors";
import { SurveyDocument } from "./survey-document";
import { SurveyForm } from "./survey-form";
import { SurveyMessage, surveyMessageTitle, type SurveyMessageKind } from "./survey-message";

function headersFor(nonce: string, extra: Record<string, string>): Headers {
  return new Headers({
    "Content-Type": "text/html; charset=utf-8",
    // The token is in the URL: no referrer may carry it elsewhere, no cache may keep the page.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow",
    "Content-Security-Policy": `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
    ...extra,
  });
}

async function respond(element: ReactElement, status: number, nonce: string, extra: Record<string, string>): Promise<Response> {
  // One small complete document with nothing to wait for: a string, not a stream (the edge
  // stream renderer also warns on Node 20, which lacks ArrayBuffer.prototype.detached).
  const html = renderToString(element);
  return new Response(html.startsWith("<!DOCTYPE") ? html : `<!DOCTYPE html>${html}`, { status, headers: headersFor(nonce, extra) });
}

export interface FormScreen {
  locale: Locale;
  form: SurveyFormDto;
  action: string;
  draft: CustomerResponseDraft;
  errors: ResponseField[];
}

export function renderSurveyForm({ locale, form, action, draft, errors }: FormScreen, status = 200): Promise<Response> {
  const t = getMessages(locale).survey;
  const nonce = crypto.randomBytes(16).toString("base64");
  const title = fmt(t.title, { name: form.organisationName });
  const page = (
    <SurveyDocument locale={locale} title={errors.length ? `${t.errorSummary} – ${title}` : title} palette={brandPalette(form.brandColor)}
      nonce={nonce} organisationName={form.organisationName} withScript>
      <SurveyForm t={t} form={form} action={action} draft={draft} errors={errors} />
    </SurveyDocument>
  );
  return respond(page, status, nonce, {});
}

export interface MessageScreen {
  locale: Locale;
  kind: SurveyMessageKind;
  status: number;
  organisationName?: string;
  brandColor?: string;
  headers?: Record<string, string>;
}

export function renderSurveyMessage({ locale, kind, status, organisationName, brandColor, headers = {} }: MessageScreen): Promise<Response> {
  const t = getMessages(locale).survey;
  const nonce = crypto.randomBytes(16).toString("base64");
  const page = (
    <SurveyDocument locale={locale} title={surveyMessageTitle(t, kind)} palette={brandPalette(brandColor)} nonce={nonce} organisationName={organisationName}>
      <SurveyMessage t={t} kind={kind} organisationName={organisationName} />
    </SurveyDocument>
  );
  return respond(page, status, nonce, headers);
}
