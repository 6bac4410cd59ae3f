"use server";
// Server actions of the signed-out account pages (plain forms: work without JavaScript), built
// with the one action wrapper (same-origin, zod). Outcomes come back as query flags after a
// redirect (post/redirect/get); a password never goes into a URL.
import { z } from "zod";
import { ACCOUNT_TOKEN_PATTERN } from "@/lib/accounts/account-token";
import { requestPasswordReset } from "@/lib/db/accounts/request-password-reset";
import { setPasswordWithToken } from "@/lib/db/accounts/account-links";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { ActionRefusal, redirectingAction, signedOutAction } from "@/lib/http/server-action";
import { sendAccountEmail } from "@/lib/mail/account-emails";

const signIn = (locale: string) => `/${locale}/sign-in`;

const ZSetPassword = z.object({
  token: z.string().regex(ACCOUNT_TOKEN_PATTERN),
  password: z.string().max(200),
  confirm: z.string().max(200),
});

const setPassword = signedOutAction({ name: "account/set-password", input: ZSetPassword }, async ({ input }) => {
  if (input.password !== input.confirm) throw new ActionRefusal("mismatch", "mismatch");
  const result = await setPasswordWithToken(input.token, input.password);
  if (!result.ok) throw new ActionRefusal("link" in result ? `link-${result.link}` : result.password, "refused");
  return result.purpose;
});

export const setPasswordAction = redirectingAction(setPassword, signIn, (result, page, form) => {
  if (result.ok) return `${page}?notice=password-saved`;
  const token = String(form.get("token") ?? "");
  const back = ACCOUNT_TOKEN_PATTERN.test(token)
    ? page.replace(/sign-in$/, `password/${token}`)
    : page.replace(/sign-in$/, "password/invalid");
  // A link that stopped working shows its own state on its page; a refused password says why.
  return result.code.startsWith("link-") ? back : `${back}?error=${result.code === "INVALID_INPUT" ? "tooLong" : result.code}`;
});

const ZForgot = z.object({ email: z.string().trim().toLowerCase().pipe(z.email().max(320)) });

/** Per address and per account: enough for a person, too few to mail-bomb someone. */
const RESET_LIMIT = 5;
const RESET_WINDOW_SECONDS = 3_600;

const forgot = signedOutAction({ name: "account/forgot", input: ZForgot }, async ({ input }) => {
  const limited = await hitRateLimit(`reset:${input.email}`, RESET_LIMIT, RESET_WINDOW_SECONDS);
  if (!limited.allowed) throw new ActionRefusal("limited", "limited");
  const mail = await requestPasswordReset(input.email);
  // Sent without waiting, so the answer takes the same time whether or not the address exists.
  if (mail)
    void sendAccountEmail(mail.email, mail.token, {
      purpose: "PASSWORD_RESET",
      locale: mail.locale,
      organisationName: mail.organisationName,
      expiresAt: mail.expiresAt,
    });
  return true;
});

export const forgotPasswordAction = redirectingAction(
  forgot,
  (locale) => `/${locale}/password/forgot`,
  (result, page) => (result.ok ? `${page}?sent=1` : `${page}?error=${result.code === "limited" ? "limited" : "invalid"}`),
);
