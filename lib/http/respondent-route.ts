// The HTTP plumbing every respondent route shares (customer link r/, pulse p/, personal pulse
// e/): the URL's locale, the posted form read within a size bound (a NUL in it refused 400), the
// failure wall that turns any unexpected error into a retryable page whose log line carries no
// answer, URL or token.
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import type { PostedFields } from "@/lib/surveys/posted-fields";
import { RESPONDENT_BODY_CAP } from "./body-cap";
import { NUL_DETAIL, formHasNul } from "./nul-character";
import { problem } from "./problem";
import { readCappedBytes } from "./read-capped";

/** Two 2 000-character texts in UTF-8 plus the rest stay far below this (our server refuses more, lib/http/body-cap.ts). */
const MAX_FORM_BYTES = RESPONDENT_BODY_CAP;

/** An unknown locale segment falls back to French rather than failing. */
export const routeLocale = (raw: string): Locale => (isLocale(raw) ? raw : defaultLocale);

/** The posted fields, or null for a body too large or not a form (answered as an invalid form, never a 500). */
export async function readPostedForm(request: Request): Promise<PostedFields | null> {
  try {
    // Read as a stream up to the cap, with or without Content-Length (issue 16 §2).
    const bytes = await readCappedBytes(request, MAX_FORM_BYTES);
    if (!bytes) return null;
    // A browser's plain form post is urlencoded: parsed as such, the way formData() would,
    // without building a FormData (the customer route is the hottest path). Multipart goes
    // through formData() on the bytes already read.
    const type = request.headers.get("content-type") ?? "";
    if (type.toLowerCase().startsWith("application/x-www-form-urlencoded")) return new URLSearchParams(new TextDecoder().decode(bytes));
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

/** 400 when a posted field holds a NUL (lib/http/nul-character.ts): refused before any query, not stripped. */
export const nulRefusal = (posted: PostedFields | null): Response | null =>
  posted && formHasNul(posted) ? problem(400, NUL_DETAIL) : null;

/** `work`'s response, or `fallback`'s when it throws; logs the error's name and code only. */
export async function guarded(tag: string, work: () => Promise<Response>, fallback: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    console.error(
      `[${tag}] unexpected error: ${error instanceof Error ? error.name : "unknown"}${typeof code === "string" ? ` ${code}` : ""}`,
    );
    return fallback();
  }
}
