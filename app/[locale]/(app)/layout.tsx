// Signed-in layout: draws the shell around the page when someone is signed in. It decides
// nothing (docs/conventions.md: access checks live in pages and the data layer).
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getActor } from "@/lib/auth/get-actor";
import { localeFromParams } from "@/lib/i18n/server";

export default async function AppLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFromParams(params);
  const actor = await getActor();
  if (!actor) return <>{children}</>;
  return (
    <AppShell actor={actor} locale={locale} t={t}>
      {children}
    </AppShell>
  );
}
