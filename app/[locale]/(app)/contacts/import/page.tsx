// CSV import of customer contacts (ADMIN and CX: `contacts:manage`); others get the 403 page.
import { forbidden } from "next/navigation";
import { ContactsImportForm } from "@/components/contacts/import-form";
import { contactsImportAction } from "./actions";
import { CsvFormatHelp } from "@/components/contacts/csv-format-help";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/policy";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.contacts.import.title);

export default async function ContactsImportPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/contacts/import`);
  if (!can(actor, "contacts:manage")) forbidden();
  return (
    <>
      <PageHeader title={t.contacts.import.title} lead={t.contacts.import.lead} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <ContactsImportForm t={t.contacts} locale={locale} importAction={contactsImportAction} />
        </div>
        <CsvFormatHelp t={t.contacts} />
      </div>
    </>
  );
}
