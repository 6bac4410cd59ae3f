// The signed-in frame: header with the organisation, navigation for the role, the user and
// sign-out. Draws only: the pages decide access.
import Link from "next/link";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor-types";
import { landingSegment } from "@/lib/auth/landing";
import { can, navigationFor, type NavEntry } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";

export function AppShell({ actor, locale, t, children }: { actor: Actor; locale: Locale; t: Messages; children: ReactNode }) {
  const landing = landingSegment(actor.role);
  // A landing page other than the dashboard (the employee's home) leads the navigation.
  const roleEntries: Array<NavEntry | "comments"> = navigationFor(actor.role);
  // The comments page (issue 15 §2) follows the dashboard for whoever reads results.
  if (can(actor, "results:read")) roleEntries.splice(roleEntries.indexOf("dashboard") + 1, 0, "comments");
  const entries: Array<NavEntry | "comments" | "home"> = landing === "/home" ? ["home", ...roleEntries] : roleEntries;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white print:hidden">
        {/* On a phone: one line (name, organisation, Menu button); the rest folds into HeaderMenu. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-2 sm:py-3">
          <div className="flex min-w-0 items-baseline gap-3">
            <Link href={`/${locale}${landing}`} className="text-lg font-bold text-brand">
              {t.meta.title}
            </Link>
            <span className="truncate text-sm text-slate-600">{actor.organisationName}</span>
          </div>
          <HeaderMenu label={t.nav.menu}>
            <nav aria-label={t.nav.main}>
              <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-4">
                {entries.map((entry) => (
                  <li key={entry}>
                    <Link href={`/${locale}/${entry}`} className="font-medium hover:underline">
                      {entry === "comments" ? t.comments.nav : t.nav[entry]}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <Link href={`/${locale}/account`} className="hover:underline" data-testid="signed-in-as">
                {fmt(t.nav.signedInAs, { name: actor.name })} · {t.roles[actor.role]}
              </Link>
              <LanguageSwitch locale={locale} path={landing} label={t.common.switchTo} ariaLabel={t.common.language} />
              <SignOutButton label={t.auth.signOut} locale={locale} className="rounded border border-slate-300 px-3 py-1" />
            </div>
          </HeaderMenu>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
