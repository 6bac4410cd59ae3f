// The frame of the signed-out pages (sign-in, single sign-on, setup, password links, forgotten
// password): the product name, the language switch, one card with a title, and what follows it.
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

export function PublicCard({
  locale,
  t,
  path,
  title,
  children,
  after,
}: {
  locale: Locale;
  t: Messages;
  path: string;
  title: string;
  children: ReactNode;
  /** Below the card (the sign-in page's demo hint). */
  after?: ReactNode;
}) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-6 py-10">
      <div className="flex items-center justify-between">
        <p className="text-xl font-bold text-brand">{t.meta.title}</p>
        <LanguageSwitch locale={locale} path={path} label={t.common.switchTo} ariaLabel={t.common.language} />
      </div>
      <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="mb-3 text-2xl font-semibold">{title}</h1>
        {children}
      </div>
      {after}
    </main>
  );
}
