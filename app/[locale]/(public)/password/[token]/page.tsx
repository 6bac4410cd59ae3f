// The page a single-use account link opens (setup of a first admin, invitation, password
// reset): who it is for and the new-password form; a used, expired or unknown link says so and
// offers the way on. Nothing is written by opening it.
import { Notice } from "@/components/ui/notice";
import Link from "next/link";
import { PublicCard } from "@/components/account/public-card";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { findAccountLink } from "@/lib/db/accounts/account-links";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import type { Messages } from "@/lib/i18n/messages";
import { setPasswordAction } from "../actions";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ error?: string | string[] }> };

export const generateMetadata = pageTitle((t) => t.account.setupTitle);

const ERRORS = {
  tooShort: "passwordTooShort",
  tooLong: "passwordTooLong",
  common: "passwordCommon",
  personal: "passwordPersonal",
  mismatch: "passwordMismatch",
} as const;

function errorOf(raw: string | string[] | undefined, t: Messages["account"]): string | null {
  const key = ERRORS[String(raw) as keyof typeof ERRORS];
  return key ? t[key] : null;
}

export default async function PasswordLinkPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { token } = await params;
  const a = t.account;
  const link = await findAccountLink(token);
  const path = `/password/${token}`;
  if (link.state !== "open") {
    const [title, body] = (
      {
        used: [a.linkUsedTitle, a.linkUsedBody],
        expired: [a.linkExpiredTitle, a.linkExpiredBody],
        unknown: [a.linkUnknownTitle, a.linkUnknownBody],
      } as const satisfies Record<string, readonly [string, string]>
    )[link.state];
    return (
      <PublicCard locale={locale} t={t} path={path} title={title}>
        <p className="mb-4 text-slate-700" data-testid="link-state">
          {body}
        </p>
        <p className="flex gap-4">
          <Link className="font-medium text-blue-700 underline" href={`/${locale}/sign-in`}>
            {t.auth.submit}
          </Link>
          <Link className="font-medium text-blue-700 underline" href={`/${locale}/password/forgot`}>
            {a.forgotLink}
          </Link>
        </p>
      </PublicCard>
    );
  }
  const values = { name: link.name, organisation: link.organisationName, email: link.email };
  const [title, intro] = (
    {
      SETUP: [a.setupTitle, a.setupIntro],
      INVITATION: [a.invitationTitle, a.invitationIntro],
      PASSWORD_RESET: [a.resetTitle, a.resetIntro],
    } as const satisfies Record<string, readonly [string, string]>
  )[link.purpose];
  const error = errorOf((await searchParams).error, a);
  return (
    <PublicCard locale={locale} t={t} path={path} title={fmt(title, values)}>
      <p className="mb-4 text-slate-600">{fmt(intro, values)}</p>
      <Notice kind="error" id="password-error" text={error} />
      <form action={setPasswordAction} className="flex flex-col gap-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        {/* For password managers: the account this password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={link.email} readOnly hidden />
        <NewPasswordFields t={a} errorId={error ? "password-error" : null} />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
          {a.savePassword}
        </button>
      </form>
    </PublicCard>
  );
}
