// The one wrapper every server action is built with (as api-route.ts is for REST routes): it
// refuses cross-site posts before anything else, resolves the actor, checks the declared policy
// (403 through forbidden()), parses the form with zod and returns the one error contract
// (docs/conventions.md §4) with messages in the request's locale; expected errors keep their meaning,
// anything else is logged and answered with a generic message. Next's own control-flow errors
// (redirect, notFound, forbidden) pass through untouched.
import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { getActor } from "@/lib/auth/get-actor";
import { can, type Action } from "@/lib/auth/policy";
import { ExpectedError } from "@/lib/errors";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { getMessages, type Messages } from "@/lib/i18n/messages";
import { isSameOrigin } from "./same-origin";

export type ActionErrorCode = Exclude<ExpectedError["code"], "FORBIDDEN"> | "CROSS_SITE" | "UNEXPECTED";

export type ActionFailure<C extends string = string> = {
  ok: false;
  code: ActionErrorCode | C;
  /** A sentence for the person in front of the form, in their locale. */
  message: string;
  fieldErrors?: Record<string, string>;
  /** The fields the spec keeps, as typed: a form redrawn after a refusal loses nothing. */
  values?: Record<string, string>;
};

export type ActionResult<T, C extends string = string> = { ok: true; data: T } | ActionFailure<C>;

/** Thrown by a handler for a refusal of its own (a domain code with its sentence); nothing is kept. */
export class ActionRefusal<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "ActionRefusal";
  }
}

export interface ActionSpec<S extends z.ZodType> {
  /** Names the action in log lines. */
  name: string;
  input: S;
  /** The policy action the actor needs; refused with an HTTP 403. Without it, the data layer decides. */
  can?: Action;
  /** What `input` validates; by default the form's text fields as an object. */
  read?: (form: FormData) => unknown;
  /** Form fields sent back as typed with a failure. */
  keep?: readonly string[];
  /** Sentences replacing the generic ones for some codes (e.g. what an invalid name means here). */
  messages?: (t: Messages) => Partial<Record<ActionErrorCode, string>>;
  /** For the few signed-out forms (setup, password links, forgotten password): no actor needed. */
  signedOut?: true;
}

export interface ActionContext<I> {
  actor: Actor;
  input: I;
  form: FormData;
  locale: Locale;
  t: Messages;
}

/** What the wrapper needs from the request: injectable so unit tests run without Next. */
export interface ActionRequest {
  headers: Headers;
  getActor: () => Promise<Actor | null>;
}

export type ServerAction<T, C extends string> = (previous: unknown, form: FormData) => Promise<ActionResult<T, C>>;

/**
 * The form an action was called with. Next's client always sends a FormData; a handcrafted call
 * can send anything (a string, an object, nothing): that is read as an empty form, refused by
 * the action's validation like any incomplete form, never a TypeError and a 500.
 */
export function asForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/**
 * A posted field (an id, a year) put back into a redirect's URL: escaped, and left out when it is
 * too long to be one, so that no posted value can make the Location header invalid or huge.
 */
export function urlSegment(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.length <= 64 ? encodeURIComponent(value) : "";
}

function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  // Next adds $ACTION_* fields to no-JS posts; they are its business, not the action's input.
  for (const [key, value] of form) if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
  return fields;
}

function localeOf(request: ActionRequest, form: FormData): Locale {
  const stamped = request.headers.get(LOCALE_HEADER);
  if (isLocale(stamped)) return stamped;
  const field = form.get("locale");
  return isLocale(field) ? field : defaultLocale;
}

function fieldErrorsOf(error: z.ZodError, sentence: string): Record<string, string> {
  return Object.fromEntries(error.issues.map((issue) => [issue.path.map(String).join(".") || "form", sentence]));
}

export async function runServerAction<S extends z.ZodType, T, C extends string = string>(
  request: ActionRequest,
  spec: ActionSpec<S>,
  handler: (context: ActionContext<z.infer<S>>) => Promise<T>,
  form: FormData,
): Promise<ActionResult<T, C>> {
  const locale = localeOf(request, form);
  const t = getMessages(locale);
  const sentences = { ...t.actions, ...spec.messages?.(t) };
  const fields = formFields(form);
  const kept = spec.keep ? Object.fromEntries(spec.keep.map((field) => [field, fields[field] ?? ""])) : undefined;
  const fail = (code: ActionErrorCode | C, message: string, fieldErrors?: Record<string, string>): ActionFailure<C> => ({
    ok: false,
    code,
    message,
    ...(fieldErrors ? { fieldErrors } : {}),
    ...(kept ? { values: kept } : {}),
  });

  // Server actions let a post without Origin through: refuse it before reading anything (docs/security.md).
  if (!isSameOrigin(new Request("http://action.invalid/", { headers: request.headers }))) return fail("CROSS_SITE", sentences.CROSS_SITE);
  try {
    const actor = spec.signedOut ? null : await request.getActor();
    if (!actor && !spec.signedOut) return fail("UNAUTHENTICATED", sentences.UNAUTHENTICATED);
    if (spec.can && (!actor || !can(actor, spec.can))) forbidden();
    const parsed = spec.input.safeParse(spec.read ? spec.read(form) : fields);
    if (!parsed.success) return fail("INVALID_INPUT", sentences.INVALID_INPUT, fieldErrorsOf(parsed.error, t.actions.invalidField));
    // A signed-out action's handler is typed without the actor (signedOutAction below).
    return { ok: true, data: await handler({ actor: actor as Actor, input: parsed.data, form, locale, t }) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ActionRefusal) return fail(error.code as C, error.message, error.fieldErrors);
    if (error instanceof ExpectedError) {
      if (error.code === "FORBIDDEN") forbidden();
      return fail(error.code, sentences[error.code]);
    }
    console.error(`[action ${spec.name}] failed: ${error instanceof Error ? error.stack : String(error)}`);
    return fail("UNEXPECTED", sentences.UNEXPECTED);
  }
}

/** `export const saveThing = serverAction({ name, input: ZThing, can: "thing:manage" }, async ({ actor, input }) => …)`. */
export function serverAction<S extends z.ZodType, T, C extends string = string>(
  spec: ActionSpec<S>,
  handler: (context: ActionContext<z.infer<S>>) => Promise<T>,
): ServerAction<T, C> {
  return async (_previous, form) => runServerAction<S, T, C>({ headers: await headers(), getActor }, spec, handler, asForm(form));
}

/** A form posted by someone not signed in (setup, password links): same checks, no actor. */
export function signedOutAction<S extends z.ZodType, T, C extends string = string>(
  spec: Omit<ActionSpec<S>, "can" | "signedOut">,
  handler: (context: Omit<ActionContext<z.infer<S>>, "actor">) => Promise<T>,
): ServerAction<T, C> {
  return async (_previous, form) =>
    runServerAction<S, T, C>(
      { headers: await headers(), getActor: async () => null },
      { ...spec, signedOut: true },
      ({ actor: _ignored, ...context }) => handler(context),
      asForm(form),
    );
}

/** Far above any of our redirects (a page, a notice, field names), far below a client's header limit (16 KiB in Node). */
const MAX_REDIRECT_LENGTH = 2_000;

/**
 * For plain forms answered by post/redirect/get (they work without JavaScript): the wrapper's
 * result becomes a redirect chosen by `to`; a signed-out caller goes to sign-in and back to the
 * page; an unexpected failure (already logged) shows the error page, as a thrown error would.
 */
export function redirectingAction<T>(
  action: ServerAction<T, string>,
  page: (locale: Locale) => string,
  to: (result: ActionResult<T>, page: string, form: FormData) => string,
): (form: FormData) => Promise<never> {
  return async (posted) => {
    const form = asForm(posted);
    const field = form.get("locale");
    const locale = isLocale(field) ? field : defaultLocale;
    const from = page(locale);
    const result = await action(null, form);
    if (!result.ok && result.code === "UNAUTHENTICATED") redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(from)}`);
    if (!result.ok && result.code === "UNEXPECTED") throw new Error(result.message);
    // A target built from posted values that came out too long is not followed: the page itself.
    const target = to(result, from, form);
    redirect(target.length <= MAX_REDIRECT_LENGTH ? target : from);
  };
}
