// /{locale}: where a signed-in person lands (an employee's home, else the dashboard), the
// sign-in page for others.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { landingPath } from "@/lib/auth/landing";
import { localeFromParams } from "@/lib/i18n/server";

export default async function LocaleHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await localeFromParams(params);
  const actor = await getActor();
  redirect(actor ? landingPath(locale, actor.role) : `/${locale}/sign-in`);
}
