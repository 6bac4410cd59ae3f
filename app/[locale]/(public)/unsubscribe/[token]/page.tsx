// The page a customer's "stop receiving surveys" link opens: which organisation, and a button
// to confirm. Opening it writes nothing (mail scanners open links); only the button does.
import { PublicCard } from "@/components/account/public-card";
import { authSecret } from "@/lib/auth/secret";
import { findUnsubscribe } from "@/lib/db/wording/unsubscribe";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { unsubscribeAction } from "../actions";

type Props = { params: Promise<{ locale: string; token: string }> };

export const generateMetadata = pageTitle((t) => t.wording.unsubscribe.title);

export default async function UnsubscribePage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { token } = await params;
  const u = t.wording.unsubscribe;
  const state = await findUnsubscribe(authSecret(), token);
  const path = `/unsubscribe/${token}`;
  if (state.status === "unknown") {
    return (
      <PublicCard locale={locale} t={t} path={path} title={u.unknownTitle}>
        <p className="text-slate-700" data-testid="unsubscribe-state">
          {u.unknown}
        </p>
      </PublicCard>
    );
  }
  const values = { organisation: state.organisationName };
  if (state.status === "done") {
    return (
      <PublicCard locale={locale} t={t} path={path} title={u.title}>
        <p className="text-slate-700" role="status" data-testid="unsubscribe-state">
          {fmt(u.done, values)}
        </p>
      </PublicCard>
    );
  }
  return (
    <PublicCard locale={locale} t={t} path={path} title={u.title}>
      <p className="mb-2 font-medium">{fmt(u.question, values)}</p>
      <p className="mb-4 text-slate-700">{fmt(u.body, values)}</p>
      <form action={unsubscribeAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
          {u.confirm}
        </button>
      </form>
    </PublicCard>
  );
}
