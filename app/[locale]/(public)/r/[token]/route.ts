// The customer respondent page /{locale}/r/{token} (issue 3): a Route Handler, not an App
// Router page, so it ships no framework JavaScript (docs/toolchain.md "Light pages"). GET draws
// the form or the link's state; POST (a plain form post, JS optional) validates and stores.
// Never logs the URL or the token; every link state is a friendly page, never a 500.
// scripts/server.ts serves this same handler straight from node:http.
import crypto from "node:crypto";
import { renderSurveyForm, renderSurveyMessage } from "@/components/survey/render-survey-page";
import { findSurveyLink, findSurveyWording, type SurveyBrandDto, type SurveyLinkDto } from "@/lib/db/survey-links/find-survey-link";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { clientAddressKey } from "@/lib/http/client-address";
import { guarded, nulRefusal, readPostedForm, routeLocale } from "@/lib/http/respondent-route";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { Locale } from "@/lib/i18n/config";
import { emptyCommonDraft } from "@/lib/surveys/posted-fields";
import { parseResponseDraft, readResponseForm, type CustomerResponseDraft, type ResponseField } from "@/lib/surveys/response-schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; token: string }> };

/** 20 unknown tokens per 10 minutes per client, counted in PostgreSQL (docs/security.md "Survey links"). */
const INVALID_TOKEN_LIMIT = 20;
const INVALID_TOKEN_WINDOW_SECONDS = 600;

export async function GET(request: Request, context: Context): Promise<Response> {
  const { locale, token } = await readParams(context);
  return guarded(
    "survey",
    async () => {
      const link = await findSurveyLink(token, locale);
      if (link.status !== "open") return linkState(request, locale, link);
      return renderSurveyForm({ locale, form: link, action: actionOf(locale, token), draft: emptyDraft(), errors: [] });
    },
    () => failure(locale),
  );
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { locale, token } = await readParams(context);
  return guarded(
    "survey",
    async () => {
      // Cross-site posts are refused before anything is read (route handlers get no CSRF check).
      if (!isSameOrigin(request)) return renderSurveyMessage({ locale, kind: "forbidden", status: 403 });
      const posted = await readPostedForm(request);
      const refused = nulRefusal(posted);
      if (refused) return refused;
      const draft = posted ? readResponseForm(posted) : emptyDraft();
      const parsed = posted ? parseResponseDraft(draft) : ({ ok: false, fields: ["form"] } as const);
      if (!parsed.ok) return redraw(request, locale, token, draft, [...parsed.fields]);
      const result = await submitCustomerResponse(token, parsed.input);
      switch (result.status) {
        case "stored":
        case "duplicate": // a double click, a retry or the back button: the same thank-you
          return renderSurveyMessage({
            locale,
            kind: "thanks",
            status: 200,
            ...brandOf(result),
            thankYou: (await findSurveyWording(token, locale))?.thankYou,
          });
        case "invalid":
          return redraw(request, locale, token, draft, result.fields);
        default:
          return linkState(request, locale, result);
      }
    },
    () => failure(locale),
  );
}

async function readParams(context: Context): Promise<{ locale: Locale; token: string }> {
  const { locale, token } = await context.params;
  return { locale: routeLocale(locale), token };
}

/** The form again, with the errors and what was typed, answered 422; nothing was stored. */
async function redraw(request: Request, locale: Locale, token: string, draft: CustomerResponseDraft, errors: ResponseField[]) {
  const link = await findSurveyLink(token, locale);
  if (link.status !== "open") return linkState(request, locale, link);
  // A missing or tampered submissionId gets a fresh one so the next attempt can succeed.
  const fixed = errors.includes("form") ? { ...draft, submissionId: crypto.randomUUID() } : draft;
  return renderSurveyForm({ locale, form: link, action: actionOf(locale, token), draft: fixed, errors }, 422);
}

async function linkState(request: Request, locale: Locale, link: Exclude<SurveyLinkDto, { status: "open" }>): Promise<Response> {
  if (link.status === "answered") return renderSurveyMessage({ locale, kind: "answered", status: 200, ...brandOf(link) });
  if (link.status === "expired") return renderSurveyMessage({ locale, kind: "expired", status: 410, ...brandOf(link) });
  const limit = await hitRateLimit(clientAddressKey(request.headers, "survey-token"), INVALID_TOKEN_LIMIT, INVALID_TOKEN_WINDOW_SECONDS);
  if (!limit.allowed) {
    return renderSurveyMessage({ locale, kind: "tooMany", status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  }
  return renderSurveyMessage({ locale, kind: "notFound", status: 404 });
}

function brandOf(link: SurveyBrandDto) {
  return { organisationName: link.organisationName, brandColor: link.brandColor, organisationSlug: link.organisationSlug };
}

function actionOf(locale: Locale, token: string): string {
  return `/${locale}/r/${encodeURIComponent(token)}`;
}

function emptyDraft(): CustomerResponseDraft {
  return { ...emptyCommonDraft(), submissionId: crypto.randomUUID() };
}

/** An unexpected failure (database down…) is a retryable page. */
function failure(locale: Locale): Promise<Response> {
  return renderSurveyMessage({ locale, kind: "error", status: 503, headers: { "Retry-After": "5" } });
}
