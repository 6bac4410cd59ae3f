// The personal pulse page of an employee moment of truth, /{locale}/e/{eventId}: like the
// pulse page (React rendered to HTML, no framework JS, works with JavaScript off, same
// anonymity statement) for the one signed-in employee the event concerns. GET draws the
// form, POST stores one anonymous answer; every refusal is a clear 4xx page, nothing stored.
import { renderPulseForm, renderPulseMessage } from "@/components/pulses/render-pulse-page";
import { getActor } from "@/lib/auth/get-actor";
import type { Actor } from "@/lib/auth/actor-types";
import { findEventForm } from "@/lib/db/employee-events/find-event-form";
import { submitEventResponse } from "@/lib/db/employee-events/submit-event-response";
import { isSameOrigin } from "@/lib/http/same-origin";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { emptyAnswerDraft, parseAnswerDraft, readAnswerForm, type AnswerField, type EmployeeAnswerDraft } from "@/lib/pulses/answer-schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; eventId: string }> };

const MAX_FORM_BYTES = 64 * 1024;

const refusal = { answered: ["already", 409], notOpen: ["notOpen", 409], notFound: ["notFound", 404] } as const;

export async function GET(request: Request, context: Context): Promise<Response> {
  const { locale, eventId } = await readParams(context);
  return guarded(locale, async () => {
    const actor = await getActor();
    if (!actor) return toSignIn(request, locale);
    return draw(actor, locale, eventId, emptyAnswerDraft(), [], 200);
  });
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { locale, eventId } = await readParams(context);
  return guarded(locale, async () => {
    // Cross-site posts are refused before anything is read (route handlers get no CSRF check).
    if (!isSameOrigin(request)) return renderPulseMessage(locale, "forbidden", 403);
    const actor = await getActor();
    if (!actor) return toSignIn(request, locale);
    const draft = await readDraft(request);
    const parsed = draft ? parseAnswerDraft(draft) : ({ ok: false, fields: ["form"] } as const);
    if (!parsed.ok) return draw(actor, locale, eventId, draft ?? emptyAnswerDraft(), [...parsed.fields], 422);
    const result = await submitEventResponse(actor, eventId, parsed.input);
    if (result.status === "stored") return renderPulseMessage(locale, "thanks", 200);
    if (result.status === "invalid") return draw(actor, locale, eventId, draft ?? emptyAnswerDraft(), result.fields, 422);
    return renderPulseMessage(locale, refusal[result.status][0], refusal[result.status][1]);
  });
}

/** The form (again, with errors and what was typed when status is 422), or why not. */
async function draw(actor: Actor, locale: Locale, eventId: string, draft: EmployeeAnswerDraft, errors: AnswerField[], status: number): Promise<Response> {
  const result = await findEventForm(actor, eventId, locale);
  if (result.status !== "open") return renderPulseMessage(locale, refusal[result.status][0], refusal[result.status][1]);
  return renderPulseForm({ locale, form: result.form, action: `/${locale}/e/${encodeURIComponent(eventId)}`, draft, errors }, status);
}

async function readParams(context: Context): Promise<{ locale: Locale; eventId: string }> {
  const { locale, eventId } = await context.params;
  return { locale: isLocale(locale) ? locale : defaultLocale, eventId };
}

async function readDraft(request: Request): Promise<EmployeeAnswerDraft | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) return null;
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

/** An unexpected failure is a retryable page; the log line carries no answer. */
async function guarded(locale: Locale, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    console.error(`[event-pulse] unexpected error: ${error instanceof Error ? error.name : "unknown"}${typeof code === "string" ? ` ${code}` : ""}`);
    return renderPulseMessage(locale, "error", 503, { "Retry-After": "5" });
  }
}
