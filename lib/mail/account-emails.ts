// Sends an account-link email (setup, invitation, reset) through the shared transport. The link
// is built on APP_URL (else NEXTAUTH_URL, else npm run dev's address). A failure is logged
// without the address or the token (scrubMailError) and reported to the caller.
import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { appBaseUrl, DEV_APP_URL, scrubMailError } from "./base";
import { renderAccountEmail, type AccountEmailInput } from "./templates/account-link";
import { mailTransport, sendMail } from "./transport";

/** The page a single-use account link opens. */
export function accountLinkUrl(locale: Locale, token: string): string {
  return `${appBaseUrl() ?? DEV_APP_URL}/${locale}/password/${token}`;
}

export async function sendAccountEmail(
  to: string,
  token: string,
  input: Omit<AccountEmailInput, "url">,
): Promise<"sent" | "disabled" | "failed"> {
  const transport = mailTransport();
  if (!transport) return "disabled";
  const email = renderAccountEmail({ ...input, url: accountLinkUrl(input.locale, token) });
  try {
    await sendMail(transport, { to, ...email, language: input.locale });
    return "sent";
  } catch (error) {
    console.error(`[mail] ${input.purpose.toLowerCase()} email failed: ${scrubMailError(error, [to, token])}`);
    return "failed";
  }
}
