// The outcomes of "retry now" as the page's `result` query flag (post/redirect/get): a closed
// list, so the URL can never put arbitrary text on the page.
import type { RetryRefusal } from "@/lib/db/contacts/retry-contact-email";

export const RETRY_RESULTS = [
  "retried",
  "notFailed",
  "noEmail",
  "answered",
  "expired",
  "scheduled",
  "notFound",
  "invalid",
] as const satisfies ReadonlyArray<RetryRefusal | "retried" | "notFound" | "invalid">;
export type RetryResult = (typeof RETRY_RESULTS)[number];

export function retryResult(value: string | string[] | undefined): RetryResult | null {
  return RETRY_RESULTS.find((result) => result === value) ?? null;
}
