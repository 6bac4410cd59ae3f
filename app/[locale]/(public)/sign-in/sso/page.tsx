// Single sign-on without JavaScript (issue 17 §1): the email alone, posted to /api/sso/start, which
// sends the browser on to the provider of the organisation owning its domain — or back to the
// sign-in page with the reason. With JavaScript the sign-in page offers the same button as the
// email is typed (components/auth/sso-offer.tsx).
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublicCard } from "@/components/account/public-card";
import { getActor } from "@/lib/auth/get-actor";
import { landingPath } from "@/lib/auth/landing";
import { signInCallback } from "@/lib/auth/sign-in-callback";
import { rememberedSignInEmail } from "@/lib/auth/sign-in-email";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
};

export const generateMetadata = pageTitle((t) => t.sso.title);

export default async function SsoSignInPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const callbackUrl = signInCallback((await searchParams).callbackUrl, locale);
  const actor = await getActor();
  if (actor) redirect(callbackUrl || landingPath(locale, actor.role));
  const email = await rememberedSignInEmail();
  return (
    <PublicCard t={t} locale={locale} path="/sign-in/sso" title={t.sso.title}>
      <p className="mb-6 text-slate-600">{t.sso.ssoPageIntro}</p>
      <form method="post" action="/api/sso/start" className="flex flex-col gap-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="flex flex-col gap-1">
          <label htmlFor="sso-email" className="font-medium">
            {t.auth.email}
          </label>
          <input
            id="sso-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={320}
            defaultValue={email}
            className="rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
          {t.sso.continue}
        </button>
      </form>
      <p className="mt-4 text-sm">
        <Link
          className="text-blue-700 underline"
          href={`/${locale}/sign-in${callbackUrl ? `?${new URLSearchParams({ callbackUrl })}` : ""}`}
        >
          {t.sso.passwordLink}
        </Link>
      </p>
    </PublicCard>
  );
}
