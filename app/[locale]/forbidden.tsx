// Localised 403: the page exists but the actor's role does not open it.
import Link from "next/link";
import { MessagePage } from "@/components/ui/message-page";
import { localeFromRequest } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { locale, t } = await localeFromRequest();
  return (
    <MessagePage title={t.errors.forbiddenTitle} body={t.errors.forbiddenBody}>
      <Link className="text-brand underline" href={`/${locale}/dashboard`}>
        {t.errors.home}
      </Link>
    </MessagePage>
  );
}
