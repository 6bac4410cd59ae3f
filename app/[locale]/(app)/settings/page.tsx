// Organisation settings (ADMIN): name, brand colour, anonymity thresholds, link expiry, whether
// the HR sync creates moments of truth, the detractor webhook and its recent deliveries. The
// data layer refuses everyone else, which orPageError turns into the 403 page; the actions
// answer 403 themselves.
import { settingsFormValues } from "@/components/settings/form-states";
import { OrganisationSettingsForm } from "@/components/settings/organisation-settings-form";
import { WebhookSection } from "@/components/settings/webhook-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getOrganisationSettings } from "@/lib/db/organisations/get-organisation-settings";
import { listWebhookDeliveries } from "@/lib/db/webhook-deliveries/list-webhook-deliveries";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { updateSettingsAction } from "./actions";
import { removeWebhookAction, rotateWebhookSecretAction, saveWebhookUrlAction, sendTestWebhookAction } from "./webhook-actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.settings.title);

function Row({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="flex justify-between gap-4 border-b border-slate-100 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
}

export default async function SettingsPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/settings`);
  const [settings, deliveries] = await orPageError(Promise.all([getOrganisationSettings(actor), listWebhookDeliveries(actor)]));
  const initial = settingsFormValues(settings);
  return (
    <>
      <PageHeader title={t.settings.title} lead={t.settings.lead} />
      <p className="mb-6">
        <a className="text-brand underline" href={`/${locale}/settings/api-keys`}>
          {t.apiKeys.settingsLink}
        </a>
        {" · "}
        <a className="text-brand underline" href={`/${locale}/settings/scim`}>
          {t.scimTokens.settingsLink}
        </a>
        {" · "}
        <a className="text-brand underline" href={`/${locale}/settings/sso`}>
          {t.sso.settingsLink}
        </a>
        {" · "}
        <a className="text-brand underline" href={`/${locale}/settings/wording`}>
          {t.wording.navLink}
        </a>
      </p>
      <div className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <OrganisationSettingsForm locale={locale} labels={t.settings} initial={initial} action={updateSettingsAction} />
          <section aria-labelledby="counts" className="self-start rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="counts" className="mb-2 font-semibold">
              {t.settings.counts}
            </h2>
            <dl>
              <Row label={t.settings.slug} value={settings.slug} />
              <Row label={t.settings.teams} value={settings.teamCount} />
              <Row label={t.settings.members} value={settings.memberCount} />
              <Row label={t.settings.apiKeys} value={settings.apiKeyCount} />
            </dl>
          </section>
        </div>
        <WebhookSection
          locale={locale}
          labels={t.webhooks}
          webhookUrl={settings.webhookUrl}
          secretSet={settings.webhookSecretSet}
          deliveries={deliveries}
          actions={{
            saveUrl: saveWebhookUrlAction,
            rotate: rotateWebhookSecretAction,
            test: sendTestWebhookAction,
            remove: removeWebhookAction,
          }}
        />
      </div>
    </>
  );
}
