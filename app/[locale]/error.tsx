"use client";
// Unexpected errors: a generic localised message and a retry; details stay in the server log.
import { useParams } from "next/navigation";
import { MessagePage } from "@/components/ui/message-page";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const params = useParams<{ locale: string }>();
  const locale = isLocale(params.locale) ? params.locale : defaultLocale;
  const t = getMessages(locale);
  return (
    <MessagePage title={t.errors.genericTitle} body={t.errors.genericBody}>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 text-white">
        {t.errors.retry}
      </button>
      <a className="text-brand underline" href={`/${locale}`}>
        {t.errors.home}
      </a>
    </MessagePage>
  );
}
