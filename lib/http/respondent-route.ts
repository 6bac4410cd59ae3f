// The HTTP plumbing every respondent route shares (customer link r/, pulse p/, personal pulse
// e/): the URL's locale, the posted form read within a size bound, the failure wall that turns
// any unexpected error into a retryable page whose log line carries no answer, URL or token.
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import type { PostedFields } from "@/lib/surveys/posted-fields";

/** Two 2 000-character texts in UTF-8 plus the rest stay far below this. */
const MAX_FORM_BYTES = 64 * 1024;

/** An unknown locale segment falls back to French rather than failing. */
export const routeLocale = (raw: string): Locale => (isLocale(raw) ? raw : defaultLocale);

/** The posted fields, or null for a body too large or not a form (answered as an invalid form, never a 500). */
export async function readPostedForm(request: Request): Promise<PostedFields | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) return null;
  try {
    // A browser's plain form post is urlencoded: parsed as such, the way formData() would,
    // without building a FormData (the customer route is the hottest path). Multipart goes
    // through formData().
    const type = request.headers.get("content-type")?.toLowerCase() ?? "";
    if (type.startsWith("application/x-www-form-urlencoded")) {
      const body = await request.text();
      return body.length > MAX_FORM_BYTES ? null : new URLSearchParams(body);
    }
    return await request.formData();
  } catch {
    return null;
  }
}

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
