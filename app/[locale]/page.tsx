// /{locale}: the dashboard for signed-in people, the sign-in page for others.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { localeFromParams } from "@/lib/i18n/server";

export default async function LocaleHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await localeFromParams(params);
  const actor = await getActor();
  redirect(actor ? `/${locale}/dashboard` : `/${locale}/sign-in`);
}
