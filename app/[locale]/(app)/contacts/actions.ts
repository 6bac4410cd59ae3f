"use server";
// "Retry now" behind the contacts page's button (a plain form: works without JS), built with the
// one action wrapper (same-origin, zod); policy and organisation are checked by the data layer.
// The outcome comes back as a query flag after a redirect to the same filtered page.
import { revalidatePath } from "next/cache";
import { contactFiltersQuery, readContactFilters, readCursor } from "@/lib/contacts/list-filters";
import { retryContactEmail, ZRetryContactEmailInput } from "@/lib/db/contacts/retry-contact-email";
import { redirectingAction, serverAction } from "@/lib/http/server-action";
import type { RetryResult } from "./retry-results";

/** The page the button was on, rebuilt from its filters and cursor (never a URL taken as given). */
function backTo(page: string, back: FormDataEntryValue | null, result: RetryResult): string {
  const params = Object.fromEntries(new URLSearchParams(typeof back === "string" ? back.slice(0, 2000) : ""));
  return `${page}${contactFiltersQuery(readContactFilters(params), { cursor: readCursor(params), result })}`;
}

const retry = serverAction(
  {
    name: "contacts/retry-email",
    input: ZRetryContactEmailInput,
    can: "contacts:manage",
    read: (form) => ({ contactId: form.get("contactId") }),
  },
  async ({ actor, input, locale }): Promise<RetryResult> => {
    const outcome = await retryContactEmail(actor, input);
    revalidatePath(`/${locale}/contacts`);
    return outcome.ok ? "retried" : outcome.reason;
  },
);

export const retryContactEmailAction = redirectingAction(
  retry,
  (locale) => `/${locale}/contacts`,
  (result, page, form) => backTo(page, form.get("back"), result.ok ? result.data : result.code === "NOT_FOUND" ? "notFound" : "invalid"),
);
