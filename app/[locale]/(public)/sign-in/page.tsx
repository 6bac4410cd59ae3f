// Sign-in page (FR/EN). Already signed in → straight to where they were going, or where their
// role lands (lib/auth/landing.ts).
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PublicCard } from "@/components/account/public-card";
import { getActor } from "@/lib/auth/get-actor";
import { landingPath } from "@/lib/auth/landing";
import { signInCallback } from "@/lib/auth/sign-in-callback";
import { rememberedSignInEmail } from "@/lib/auth/sign-in-email";
import { signInLimitMessage } from "@/lib/http/sign-in-limited";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string; error?: string; notice?: string; minutes?: string }>;
};

export const generateMetadata = pageTitle((t) => t.auth.signInTitle);

/** The wait the 429 announced (a display hint only: the limit itself lives in the database). */
function minutesShown(raw: string | undefined): number {
  const minutes = Number(raw);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440 ? minutes : 15;
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const query = await searchParams;
  const callbackUrl = signInCallback(query.callbackUrl, locale);
  const actor = await getActor();
  if (actor) redirect(callbackUrl || landingPath(locale, actor.role));
  // One generic message whatever failed (unknown email or wrong password): no enumeration.
  const ssoErrors: Record<string, string> = t.sso.errors;
  const errorMessage =
    query.error === "invalid"
      ? t.auth.invalid
      : query.error === "invalid-input"
        ? t.auth.invalidInput
        : query.error === "too-many"
          ? signInLimitMessage(locale, minutesShown(query.minutes))
          : query.error && Object.hasOwn(ssoErrors, query.error)
            ? ssoErrors[query.error]!
            : null;
  // After a failed attempt the address typed stays in the field (app/api/session/start).
  const email = errorMessage ? await rememberedSignInEmail() : "";
  return (
    <PublicCard
      t={t}
      locale={locale}
      path="/sign-in"
      title={t.auth.signInTitle}
      after={<p className="text-sm text-slate-600">{t.auth.demoHint}</p>}
    >
      {query.signedOut ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t.auth.signedOut}
        </p>
      ) : null}
      {query.notice === "password-saved" || query.notice === "password-changed" ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900" data-testid="sign-in-notice">
          {query.notice === "password-saved" ? t.account.passwordSaved : t.account.passwordChanged}
        </p>
      ) : null}
      <p className="mb-6 text-slate-600">{t.auth.signInIntro}</p>
      <SignInForm labels={t.auth} ssoLabels={t.sso} locale={locale} callbackUrl={callbackUrl} error={errorMessage} email={email} />
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link className="text-blue-700 underline" href={`/${locale}/password/forgot`}>
          {t.account.forgotLink}
        </Link>
        <Link
          className="text-blue-700 underline"
          href={`/${locale}/sign-in/sso${callbackUrl ? `?${new URLSearchParams({ callbackUrl })}` : ""}`}
        >
          {t.sso.ssoLink}
        </Link>
      </p>
    </PublicCard>
  );
}
