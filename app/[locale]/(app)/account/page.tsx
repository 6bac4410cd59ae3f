// "Mon compte" (every role): one's display name and language, and changing one's password (the
// current one asked; every session ends, this one too).
import { Notice } from "@/components/ui/notice";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import type { Messages } from "@/lib/i18n/messages";
import { getDetractorAlerts } from "@/lib/db/accounts/detractor-alerts";
import { getMonthlyReportOptIn } from "@/lib/db/accounts/monthly-report-opt-in";
import { changePasswordAction, updateDetractorAlertsAction, updateMonthlyReportAction, updateProfileAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; error?: string }> };

export const generateMetadata = pageTitle((t) => t.account.accountTitle);

const field = "rounded border border-slate-400 px-3 py-2";

const PASSWORD_ERRORS = {
  tooShort: "passwordTooShort",
  tooLong: "passwordTooLong",
  common: "passwordCommon",
  personal: "passwordPersonal",
  mismatch: "passwordMismatch",
  currentWrong: "currentWrong",
} as const satisfies Record<string, keyof Messages["account"]>;

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/account`);
  const a = t.account;
  const query = await searchParams;
  const passwordKey = PASSWORD_ERRORS[query.error as keyof typeof PASSWORD_ERRORS];
  const passwordError = passwordKey ? a[passwordKey] : null;
  const alerts = await getDetractorAlerts(actor);
  const al = t.followUpAlerts;
  const monthly = await getMonthlyReportOptIn(actor);
  const mo = t.monthlyEmail;
  return (
    <>
      <PageHeader title={a.accountTitle} lead={actor.email} />
      <section aria-labelledby="profile" className="mb-8 max-w-md">
        <h2 id="profile" className="mb-3 text-lg font-semibold">
          {a.profileTitle}
        </h2>
        <Notice kind="ok" text={query.saved === "profile" ? a.profileSaved : null} />
        <Notice kind="error" text={query.error === "profile" ? a.profileNameError : null} />
        <form action={updateProfileAction} className="flex flex-col gap-4">
          <label className="flex flex-col gap-1">
            <span className="font-medium">{a.profileName}</span>
            <input name="name" required maxLength={120} defaultValue={actor.name} autoComplete="name" className={field} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{a.profileLocale}</span>
            <select name="locale" defaultValue={actor.locale} className={field}>
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="submit" className="self-start rounded bg-brand px-4 py-2 font-medium text-white">
            {a.profileSave}
          </button>
        </form>
      </section>
      {alerts && (
        <section aria-labelledby="alerts" className="mb-8 max-w-md">
          <h2 id="alerts" className="mb-3 text-lg font-semibold">
            {al.title}
          </h2>
          <Notice kind="ok" text={query.saved === "alerts" ? al.saved : null} />
          <Notice kind="error" text={query.error === "alerts" ? al.invalid : null} />
          <form action={updateDetractorAlertsAction} className="flex flex-col gap-4">
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-2">{al.lead}</legend>
              {(["IMMEDIATE", "DAILY", "OFF"] as const).map((mode) => (
                <label key={mode} className="flex items-center gap-2">
                  <input type="radio" name="mode" value={mode} defaultChecked={alerts === mode} required />
                  <span>{{ IMMEDIATE: al.immediate, DAILY: al.daily, OFF: al.off }[mode]}</span>
                </label>
              ))}
            </fieldset>
            <p className="text-sm text-slate-600">{al.overdueNote}</p>
            <button type="submit" className="self-start rounded bg-brand px-4 py-2 font-medium text-white">
              {al.save}
            </button>
          </form>
        </section>
      )}
      {monthly !== null && (
        <section aria-labelledby="monthly" className="mb-8 max-w-md">
          <h2 id="monthly" className="mb-3 text-lg font-semibold">
            {mo.title}
          </h2>
          <Notice kind="ok" text={query.saved === "monthly-on" ? mo.savedOn : query.saved === "monthly-off" ? mo.savedOff : null} />
          <Notice kind="error" text={query.error === "monthly" ? mo.invalid : null} />
          <form action={updateMonthlyReportAction} className="flex flex-col gap-4">
            <p className="text-sm text-slate-600">{mo.lead}</p>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="enabled" defaultChecked={monthly} />
              <span>{mo.label}</span>
            </label>
            <button type="submit" className="self-start rounded bg-brand px-4 py-2 font-medium text-white">
              {mo.save}
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="password" className="max-w-md">
        <h2 id="password" className="mb-3 text-lg font-semibold">
          {a.changeTitle}
        </h2>
        <Notice kind="error" id="password-error" text={passwordError} />
        <form action={changePasswordAction} className="flex flex-col gap-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="email" name="username" autoComplete="username" value={actor.email} readOnly hidden />
          <label className="flex flex-col gap-1">
            <span className="font-medium">{a.currentPassword}</span>
            <input name="current" type="password" autoComplete="current-password" required maxLength={200} className={field} />
          </label>
          <NewPasswordFields t={a} errorId={passwordError ? "password-error" : null} />
          <button type="submit" className="self-start rounded bg-brand px-4 py-2 font-medium text-white">
            {a.changeSubmit}
          </button>
        </form>
      </section>
    </>
  );
}
