// Localised 404: unknown paths, and ids the actor may not see (other organisations' too).
import Link from "next/link";
import { MessagePage } from "@/components/ui/message-page";
import { localeFromRequest } from "@/lib/i18n/server";

export default async function NotFound() {
  const { locale, t } = await localeFromRequest();
  return (
    <MessagePage title={t.errors.notFoundTitle} body={t.errors.notFoundBody}>
      <Link className="text-brand underline" href={`/${locale}`}>
        {t.errors.home}
      </Link>
    </MessagePage>
  );
}
