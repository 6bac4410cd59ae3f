// Settings → API keys (ADMIN): list, create (the key is shown once), revoke. The data layer
// refuses everyone else, which orPageError turns into the 403 page.
import Link from "next/link";
import { ApiKeysTable } from "@/components/settings/api-keys-table";
import { CreateApiKeyForm } from "@/components/settings/create-api-key-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { listApiKeys } from "@/lib/db/api-keys/list-api-keys";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.apiKeys.title);

export default async function ApiKeysPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/settings/api-keys`);
  const keys = await orPageError(listApiKeys(actor));
  return (
    <>
      <PageHeader title={t.apiKeys.title} lead={t.apiKeys.intro} />
      <p className="mb-6 flex flex-wrap gap-4 text-sm">
        <Link className="text-brand underline" href={`/${locale}/settings`}>
          {t.common.back}
        </Link>
        <a className="text-brand underline" href="/api/v1/openapi.json">
          {t.apiKeys.docsLink}
        </a>
      </p>
      <div className="grid gap-6">
        <CreateApiKeyForm labels={t.apiKeys} action={createApiKeyAction} />
        <ApiKeysTable keys={keys} locale={locale} labels={t.apiKeys} revokeAction={revokeApiKeyAction} />
      </div>
    </>
  );
}
