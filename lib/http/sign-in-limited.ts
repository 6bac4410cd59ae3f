// The answer to a sign-in attempt past a rate limit: 429 with Retry-After, whoever asks. A
// browser's form post gets a tiny page that sends it back to the sign-in form with the message
// (no JavaScript needed); any other caller gets problem+json. Same message whatever the account.
import { fmt } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { problem } from "./problem";

/** Whole minutes, rounded up: "1 minute" rather than "0". */
export const minutesOf = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export function signInLimitMessage(locale: Locale, minutes: number): string {
  const t = getMessages(locale).signInLimit;
  return minutes === 1 ? t.tooManyOne : fmt(t.tooMany, { minutes });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function signInLimitedResponse(request: Request, locale: Locale, retryAfterSeconds: number, callbackUrl: string): Response {
  const minutes = minutesOf(retryAfterSeconds);
  const message = signInLimitMessage(locale, minutes);
  const headers = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  if (!(request.headers.get("accept") ?? "").includes("text/html")) return problem(429, message, {}, headers);
  const back = `/${locale}/sign-in?${new URLSearchParams({ error: "too-many", minutes: String(minutes), callbackUrl })}`;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${escapeHtml(back)}"><title>${escapeHtml(message)}</title></head><body><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(getMessages(locale).signInLimit.backToSignIn)}</a></p></body></html>`;
  return new Response(html, { status: 429, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
