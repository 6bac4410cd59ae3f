// The route handlers of the employee answer pages (pulse p/{id}, personal pulse e/{id}), built
// once: a signed-in employee gets the form (GET) and posts one anonymous answer (POST); a bad
// answer redraws the form with its errors (422), every refusal is a clear 4xx page, nothing is
// stored then. Which form and which writer are the page's; the pages are drawn by the caller's
// renderers (components/pulses/render-pulse-page.tsx), so this module stays free of React.
import type { Actor } from "@/lib/auth/actor-types";
import { getActor } from "@/lib/auth/get-actor";
import type { PulseFormDto, PulseFormResult } from "@/lib/db/pulses/find-pulse-form";
import type { SubmitPulseResult } from "@/lib/db/pulses/submit-employee-response";
import type { Locale } from "@/lib/i18n/config";
import {
  emptyAnswerDraft,
  parseAnswerDraft,
  readAnswerForm,
  type AnswerField,
  type EmployeeAnswerDraft,
  type EmployeeAnswerInput,
} from "@/lib/pulses/answer-schema";
import { guarded, nulRefusal, readPostedForm, routeLocale } from "./respondent-route";
import { isSameOrigin } from "./same-origin";

export type EmployeeMessageKind = "thanks" | "already" | "notOpen" | "notFound" | "forbidden" | "error";

export interface EmployeeFormScreen {
  locale: Locale;
  form: PulseFormDto;
  /** null in HR's preview: the form cannot be sent. */
  action: string | null;
  draft: EmployeeAnswerDraft;
  errors: AnswerField[];
}

export interface EmployeeAnswerPage<P extends string> {
  /** The log line's tag. */
  tag: string;
  /** The route's dynamic segment and the URL prefix it lives under (/{locale}/{prefix}/{id}). */
  param: P;
  prefix: string;
  /** `preview` is true only where the page offers HR's preview (?preview=1). */
  find: (actor: Actor, id: string, locale: Locale, preview: boolean) => Promise<PulseFormResult>;
  submit: (actor: Actor, id: string, input: EmployeeAnswerInput) => Promise<SubmitPulseResult>;
  previewable: boolean;
  renderForm: (screen: EmployeeFormScreen, status: number) => Response;
  renderMessage: (
    locale: Locale,
    kind: EmployeeMessageKind,
    status: number,
    headers?: Record<string, string>,
    body?: string | null,
  ) => Response;
  /** The organisation's own thank-you text for the actor's organisation, if any (SurveyWording). */
  thankYou?: (actor: Actor, locale: Locale) => Promise<string | null>;
}

type Context<P extends string> = { params: Promise<{ locale: string } & Record<P, string>> };

const refusal = { answered: ["already", 409], notOpen: ["notOpen", 409], notFound: ["notFound", 404] } as const;

export function employeeAnswerRoute<P extends string>(page: EmployeeAnswerPage<P>) {
  const actionOf = (locale: Locale, id: string) => `/${locale}/${page.prefix}/${encodeURIComponent(id)}`;
  const refuse = (locale: Locale, status: keyof typeof refusal) => page.renderMessage(locale, refusal[status][0], refusal[status][1]);

  /** The form (again, with errors and what was typed when status is 422), or why not. */
  async function draw(
    actor: Actor,
    locale: Locale,
    id: string,
    screen: { draft: EmployeeAnswerDraft; errors: AnswerField[]; preview?: boolean },
    status: number,
  ) {
    const result = await page.find(actor, id, locale, screen.preview ?? false);
    if (result.status !== "open") return refuse(locale, result.status);
    return page.renderForm(
      { locale, form: result.form, action: screen.preview ? null : actionOf(locale, id), draft: screen.draft, errors: screen.errors },
      status,
    );
  }

  async function handle(request: Request, context: Context<P>, work: (actor: Actor, locale: Locale, id: string) => Promise<Response>) {
    const params = await context.params;
    const locale = routeLocale(params.locale);
    return guarded(
      page.tag,
      async () => {
        const actor = await getActor();
        if (!actor) return toSignIn(request, locale);
        return work(actor, locale, params[page.param]);
      },
      () => page.renderMessage(locale, "error", 503, { "Retry-After": "5" }),
    );
  }

  async function GET(request: Request, context: Context<P>): Promise<Response> {
    const preview = page.previewable && new URL(request.url).searchParams.get("preview") === "1";
    return handle(request, context, (actor, locale, id) =>
      draw(actor, locale, id, { draft: emptyAnswerDraft(), errors: [], preview }, 200),
    );
  }

  async function POST(request: Request, context: Context<P>): Promise<Response> {
    // Cross-site posts are refused before anything is read (route handlers get no CSRF check).
    if (!isSameOrigin(request)) return page.renderMessage(routeLocale((await context.params).locale), "forbidden", 403);
    return handle(request, context, async (actor, locale, id) => {
      const posted = await readPostedForm(request);
      const refused = nulRefusal(posted);
      if (refused) return refused;
      const draft = posted ? readAnswerForm(posted) : emptyAnswerDraft();
      const parsed = posted ? parseAnswerDraft(draft) : ({ ok: false, fields: ["form"] } as const);
      if (!parsed.ok) return draw(actor, locale, id, { draft, errors: [...parsed.fields] }, 422);
      const result = await page.submit(actor, id, parsed.input);
      if (result.status === "stored") return page.renderMessage(locale, "thanks", 200, {}, await page.thankYou?.(actor, locale));
      if (result.status === "invalid") return draw(actor, locale, id, { draft, errors: result.fields }, 422);
      return refuse(locale, result.status);
    });
  }

  return { GET, POST };
}

function toSignIn(request: Request, locale: Locale): Response {
  const from = new URL(request.url).pathname;
  return new Response(null, { status: 303, headers: { Location: `/${locale}/sign-in?callbackUrl=${encodeURIComponent(from)}` } });
}
