// /contacts: the contacts area opens on the CSV import (the only contacts page so far).
import { redirect } from "next/navigation";
import { localeFromParams } from "@/lib/i18n/server";

export default async function ContactsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await localeFromParams(params);
  redirect(`/${locale}/contacts/import`);
}
