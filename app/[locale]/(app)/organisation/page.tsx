// The organisation area starts at its team tree.
import { redirect } from "next/navigation";
import { localeFromParams } from "@/lib/i18n/server";

export default async function OrganisationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await localeFromParams(params);
  redirect(`/${locale}/organisation/teams`);
}
