// The employee answer page /{locale}/p/{pulseId} (issue 4): a Route Handler rendering React
// to HTML (no framework JS, works with JavaScript off) for a signed-in employee. GET draws the
// form (or HR's preview with ?preview=1), POST validates and stores one anonymous answer.
// Every refusal is a clear 4xx page in the reader's language; nothing is stored then.
import { renderPulseForm, renderPulseMessage } from "@/components/pulses/render-pulse-page";
import { getActor } from "@/lib/auth/get-actor";
import { findPulseForm } from "@/lib/db/pulses/find-pulse-form";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { isSameOrigin } from "@/lib/http/same-origin";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { emptyAnswerDraft, parseAnswerDraft, readAnswerForm, type AnswerField, type EmployeeAnswerDraft } from "@/lib/pulses/answer-schema";
import type { Actor } from "@/lib/auth/actor-types";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; pulseId: string }> };

/** Two 2 000-character texts in UTF-8 plus the rest stay far below this. */
const MAX_FORM_BYTES = 64 * 1024;

const refusal = { answered: ["already", 409], notOpen: ["notOpen", 409], notFound: ["notFound", 404] } as const;

export async function GET(request: Request, context: Context): Promise<Response> {
  const { locale, pulseId } = await readParams(context);
  return guarded(locale, async () => {
    const actor = await getActor();
    if (!actor) return toSignIn(request, locale);
    const preview = new URL(request.url).searchParams.get("preview") === "1";
    const result = await findPulseForm(actor, pulseId, locale, preview);
    if (result.status !== "open") return renderPulseMessage(locale, refusal[result.status][0], refusal[result.status][1]);
    return renderPulseForm({ locale, form: result.form, action: preview ? null : actionOf(locale, pulseId), draft: emptyAnswerDraft(), errors: [] });
  });
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { locale, pulseId } = await readParams(context);
  return guarded(locale, async () => {
    // Cross-site posts are refused before anything is read (route handlers get no CSRF check).
    if (!isSameOrigin(request)) return renderPulseMessage(locale, "forbidden", 403);
    const actor = await getActor();
    if (!actor) return toSignIn(request, locale);
    const draft = await readDraft(request);
    const parsed = draft ? parseAnswerDraft(draft) : ({ ok: false, fields: ["form"] } as const);
    if (!parsed.ok) return redraw(actor, locale, pulseId, draft ?? emptyAnswerDraft(), [...parsed.fields]);
    const result = await submitEmployeeResponse(actor, pulseId, parsed.input);
    if (result.status === "stored") return renderPulseMessage(locale, "thanks", 200);
    if (result.status === "invalid") return redraw(actor, locale, pulseId, draft ?? emptyAnswerDraft(), result.fields);
    return renderPulseMessage(locale, refusal[result.status][0], refusal[result.status][1]);
  });
}

async function readParams(context: Context): Promise<{ locale: Locale; pulseId: string }> {
  const { locale, pulseId } = await context.params;
  return { locale: isLocale(locale) ? locale : defaultLocale, pulseId };
}

/** The form again with the errors and what was typed, answered 422; nothing was stored. */
async function redraw(actor: Actor, locale: Locale, pulseId: string, draft: EmployeeAnswerDraft, errors: AnswerField[]): Promise<Response> {
  const result = await findPulseForm(actor, pulseId, locale);
  if (result.status !== "open") return renderPulseMessage(locale, refusal[result.status][0], refusal[result.status][1]);
  return renderPulseForm({ locale, form: result.form, action: actionOf(locale, pulseId), draft, errors }, 422);
}

async function readDraft(request: Request): Promise<EmployeeAnswerDraft | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_FORM_BYTES) return null;
  try {
    return readAnswerForm(await request.formData());
  } catch {
    return null; // not a form body: answered as an invalid form, never a 500
  }
}

function toSignIn(request: Request, locale: Locale): Response {
  const from = new URL(request.url).pathname;
  return new Response(null, { status: 303, headers: { Location: `/${locale}/sign-in?callbackUrl=${encodeURIComponent(from)}` } });
}

function actionOf(locale: Locale, pulseId: string): string {
  return `/${locale}/p/${encodeURIComponent(pulseId)}`;
}

/** An unexpected failure is a retryable page; the log line carries no answer. */
async function guarded(locale: Locale, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    console.error(`[pulse] unexpected error: ${error instanceof Error ? error.name : "unknown"}${typeof code === "string" ? ` ${code}` : ""}`);
    return renderPulseMessage(locale, "error", 503, { "Retry-After": "5" });
  }
}
