// Settings › Connexion unique (ADMIN): the redirect URI to register at the identity provider, the
// current state, and the provider's settings (docs/sso.md). The data layer refuses everyone else,
// which orPageError turns into the 403 page.
import Link from "next/link";
import { SsoSettingsForm } from "@/components/settings/sso-settings-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getSsoSettings } from "@/lib/db/sso/sso-settings";
import { pageBaseUrl } from "@/lib/http/page-base-url";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { removeSsoSettingsAction, saveSsoSettingsAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.sso.title);

export default async function SsoSettingsPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/settings/sso`);
  const page = await orPageError(getSsoSettings(actor));
  const date = page.settings ? new Date(page.settings.updatedAt).toLocaleDateString(locale === "fr" ? "fr-FR" : "en-GB") : "";
  return (
    <>
      <PageHeader title={t.sso.title} lead={t.sso.intro} />
      <p className="mb-6 text-sm">
        <Link className="text-brand underline" href={`/${locale}/settings`}>
          {t.common.back}
        </Link>
      </p>
      <div className="grid gap-6">
        <Notice kind="error" text={page.keyConfigured ? null : t.sso.keyMissing} testId="sso-key-missing" />
        <section aria-labelledby="sso-redirect" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="sso-redirect" className="mb-2 font-semibold">
            {t.sso.redirectUri}
          </h2>
          <code data-testid="sso-redirect-uri" className="select-all break-all">{`${await pageBaseUrl()}/api/sso/callback`}</code>
          <p className="mt-3 text-sm text-slate-700" data-testid="sso-status">
            {page.settings ? fmt(t.sso.statusOn, { date }) : t.sso.statusOff}
          </p>
        </section>
        <SsoSettingsForm
          labels={t.sso}
          settings={page.settings}
          admins={page.admins}
          teams={page.teams}
          saveAction={saveSsoSettingsAction}
          removeAction={removeSsoSettingsAction}
        />
      </div>
    </>
  );
}
