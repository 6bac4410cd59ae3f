// Sign-in page (FR/EN). Already signed in → straight to where they were going, or where their
// role lands (lib/auth/landing.ts).
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getActor } from "@/lib/auth/get-actor";
import { landingPath } from "@/lib/auth/landing";
import { rememberedSignInEmail } from "@/lib/auth/sign-in-email";
import { signInLimitMessage } from "@/lib/http/sign-in-limited";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string; error?: string; notice?: string; minutes?: string }>;
};

export const generateMetadata = pageTitle((t) => t.auth.signInTitle);

/** Only same-site paths of this locale: never an open redirect. Empty: the role's landing. */
function safeCallback(raw: string | string[] | undefined, locale: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.startsWith(`/${locale}/`) && !value.startsWith("//") ? value : "";
}

/** The wait the 429 announced (a display hint only: the limit itself lives in the database). */
function minutesShown(raw: string | undefined): number {
  const minutes = Number(raw);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440 ? minutes : 15;
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const query = await searchParams;
  const callbackUrl = safeCallback(query.callbackUrl, locale);
  const actor = await getActor();
  if (actor) redirect(callbackUrl || landingPath(locale, actor.role));
  // One generic message whatever failed (unknown email or wrong password): no enumeration.
  const errorMessage =
    query.error === "invalid"
      ? t.auth.invalid
      : query.error === "invalid-input"
        ? t.auth.invalidInput
        : query.error === "too-many"
          ? signInLimitMessage(locale, minutesShown(query.minutes))
          : null;
  // After a failed attempt the address typed stays in the field (app/api/session/start).
  const email = errorMessage ? await rememberedSignInEmail() : "";
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-6 py-10">
      <div className="flex items-center justify-between">
        <p className="text-xl font-bold text-brand">{t.meta.title}</p>
        <LanguageSwitch locale={locale} path="/sign-in" label={t.common.switchTo} ariaLabel={t.common.language} />
      </div>
      <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="mb-1 text-2xl font-semibold">{t.auth.signInTitle}</h1>
        {query.signedOut ? (
          <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {t.auth.signedOut}
          </p>
        ) : null}
        {query.notice === "password-saved" || query.notice === "password-changed" ? (
          <p
            role="status"
            className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900"
            data-testid="sign-in-notice"
          >
            {query.notice === "password-saved" ? t.account.passwordSaved : t.account.passwordChanged}
          </p>
        ) : null}
        <p className="mb-6 text-slate-600">{t.auth.signInIntro}</p>
        <SignInForm labels={t.auth} locale={locale} callbackUrl={callbackUrl} error={errorMessage} email={email} />
        <p className="mt-4 text-sm">
          <Link className="text-blue-700 underline" href={`/${locale}/password/forgot`}>
            {t.account.forgotLink}
          </Link>
        </p>
      </div>
      <p className="text-sm text-slate-600">{t.auth.demoHint}</p>
    </main>
  );
}
