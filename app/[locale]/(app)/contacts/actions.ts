"use server";
// "Retry now" behind the contacts page's button (a plain form: works without JS). Same-origin
// checked here (SECURITY.md), zod-parsed, policy and organisation checked by the data layer;
// the outcome comes back as a query flag after a redirect to the same filtered page.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/get-actor";
import { contactFiltersQuery, readContactFilters, readCursor } from "@/lib/contacts/list-filters";
import { retryContactEmail, ZRetryContactEmailInput } from "@/lib/db/contacts/retry-contact-email";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/same-origin";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import type { RetryResult } from "./retry-results";

/** The page the button was on, rebuilt from its filters and cursor (never a URL taken as given). */
function backTo(page: string, back: FormDataEntryValue | null, result: RetryResult): string {
  const params = Object.fromEntries(new URLSearchParams(typeof back === "string" ? back.slice(0, 2000) : ""));
  return `${page}${contactFiltersQuery(readContactFilters(params), { cursor: readCursor(params), result })}`;
}

export async function retryContactEmailAction(formData: FormData): Promise<void> {
  const rawLocale = formData.get("locale");
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const page = `/${locale}/contacts`;
  const actor = await requireActor(locale, page);
  const back = formData.get("back");
  if (!isSameOrigin(new Request("http://internal/", { headers: await headers() }))) redirect(backTo(page, back, "invalid"));
  const parsed = ZRetryContactEmailInput.safeParse({ contactId: formData.get("contactId") });
  if (!parsed.success) redirect(backTo(page, back, "invalid"));
  let result: RetryResult;
  try {
    const outcome = await retryContactEmail(actor, parsed.data);
    result = outcome.ok ? "retried" : outcome.reason;
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (!(error instanceof NotFoundError)) throw error;
    result = "notFound";
  }
  revalidatePath(page);
  redirect(backTo(page, back, result));
}
