// The address typed in a failed sign-in, kept for the form's next render (issue 19 §6) in a
// short-lived httpOnly cookie, not in the redirect's URL: an address in a query string ends up in
// browser history, Referer headers and access logs. Never the password.
import { cookies } from "next/headers";
import { sessionCookieName } from "./options";

const COOKIE = "symetrie-sign-in-email";
/** Long enough to read the error and retype a password, short enough for a shared computer. */
const MAX_AGE_SECONDS = 300;
const MAX_LENGTH = 320;

/** Remember what was typed (trimmed, as long as the form allows), valid address or not. */
export async function rememberSignInEmail(raw: FormDataEntryValue | null | undefined): Promise<void> {
  const email = typeof raw === "string" ? raw.trim().slice(0, MAX_LENGTH) : "";
  if (!email) return;
  (await cookies()).set(COOKIE, email, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: sessionCookieName().startsWith("__Secure-"),
    maxAge: MAX_AGE_SECONDS,
  });
}

export async function forgetSignInEmail(): Promise<void> {
  (await cookies()).delete(COOKIE);
}

/** The remembered address, for the form's default value; "" when none. */
export async function rememberedSignInEmail(): Promise<string> {
  return ((await cookies()).get(COOKIE)?.value ?? "").slice(0, MAX_LENGTH);
}
