// The frame of the signed-out sign-in pages (password, single sign-on): the product's name, the
// language switch for this page, and the card holding the page's title and form.
import { LanguageSwitch } from "@/components/shell/language-switch";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

export function SignInShell({
  t,
  locale,
  path,
  title,
  children,
  after,
}: {
  t: Messages;
  locale: Locale;
  /** This page's path without the locale, for the language switch. */
  path: string;
  title: string;
  children: React.ReactNode;
  /** Below the card (the demo hint). */
  after?: React.ReactNode;
}) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-6 py-10">
      <div className="flex items-center justify-between">
        <p className="text-xl font-bold text-brand">{t.meta.title}</p>
        <LanguageSwitch locale={locale} path={path} label={t.common.switchTo} ariaLabel={t.common.language} />
      </div>
      <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="mb-1 text-2xl font-semibold">{title}</h1>
        {children}
      </div>
      {after}
    </main>
  );
}
