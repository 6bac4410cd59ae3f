// Settings → SCIM provisioning (ADMIN): the tenant URL to give the identity provider, and its
// tokens — create (shown once), list, revoke. The data layer refuses everyone else, which
// orPageError turns into the 403 page.
import Link from "next/link";
import { CreateSecretTokenForm } from "@/components/settings/create-secret-token-form";
import { SecretTokensTable } from "@/components/settings/secret-tokens-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { listScimTokens } from "@/lib/db/scim-tokens/list-scim-tokens";
import { pageBaseUrl } from "@/lib/http/page-base-url";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { createScimTokenAction, revokeScimTokenAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.scimTokens.title);

export default async function ScimSettingsPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/settings/scim`);
  const tokens = await orPageError(listScimTokens(actor));
  return (
    <>
      <PageHeader title={t.scimTokens.title} lead={t.scimTokens.intro} />
      <p className="mb-6 text-sm">
        <Link className="text-brand underline" href={`/${locale}/settings`}>
          {t.common.back}
        </Link>
      </p>
      <div className="grid gap-6">
        <section aria-labelledby="tenant-url" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="tenant-url" className="mb-2 font-semibold">
            {t.scimTokens.tenantUrl}
          </h2>
          <code data-testid="scim-tenant-url" className="select-all break-all">{`${await pageBaseUrl()}/scim/v2`}</code>
        </section>
        <CreateSecretTokenForm labels={t.scimTokens} action={createScimTokenAction} idPrefix="scim-token" headingId="new-scim-token" />
        <SecretTokensTable
          rows={tokens}
          locale={locale}
          labels={t.scimTokens}
          headingId="scim-token-list"
          rowTestId="scim-token-row"
          revokeAction={revokeScimTokenAction}
        />
      </div>
    </>
  );
}
