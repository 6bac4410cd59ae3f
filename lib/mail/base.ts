// Helpers shared by the mail senders: the public base URL links point to, and error text
// safe to store and log.
import { env } from "@/lib/env";

/** Where employee mails point when neither URL is set: `npm run dev`'s address. */
export const DEV_APP_URL = "http://localhost:3000";

/** APP_URL (else NEXTAUTH_URL) without its trailing slash; null when neither is set. */
export function appBaseUrl(): string | null {
  const base = env().APP_URL ?? env().NEXTAUTH_URL;
  return base ? base.replace(/\/+$/, "") : null;
}

/** Error text safe to store and log: no email address, no token, bounded length. */
export function scrubMailError(error: unknown, secrets: string[] = []): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) if (secret) text = text.split(secret).join("<redacted>");
  text = text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "<address>");
  return text.replace(/\s+/g, " ").trim().slice(0, 300) || "unknown error";
}
