// "Mot de passe oublié": one address field; the answer is the same whether or not the address
// belongs to an account (no enumeration), a one-hour link is mailed when it does.
import { Notice } from "@/components/ui/notice";
import { PublicCard } from "@/components/account/public-card";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { forgotPasswordAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ sent?: string; error?: string }> };

export const generateMetadata = pageTitle((t) => t.account.forgotTitle);

export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const a = t.account;
  const query = await searchParams;
  const error = query.error === "limited" ? a.forgotLimited : query.error ? a.forgotInvalid : null;
  return (
    <PublicCard locale={locale} t={t} path="/password/forgot" title={a.forgotTitle}>
      {query.sent ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900" data-testid="forgot-sent">
          {a.forgotSent}
        </p>
      ) : null}
      <p className="mb-4 text-slate-600">{a.forgotIntro}</p>
      <Notice kind="error" id="forgot-error" text={error} />
      <form action={forgotPasswordAction} className="flex flex-col gap-4">
        <input type="hidden" name="locale" value={locale} />
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t.auth.email}</span>
          <input
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={320}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "forgot-error" : undefined}
            className="rounded border border-slate-400 px-3 py-2"
          />
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
          {a.forgotSubmit}
        </button>
      </form>
    </PublicCard>
  );
}
