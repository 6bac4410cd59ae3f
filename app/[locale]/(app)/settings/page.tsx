// Organisation settings (ADMIN). Read-only for now; editing arrives with later issues.
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/page-guard";
import { getOrganisationSettings } from "@/lib/db/organisations/get-organisation-settings";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

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
  const settings = await orPageError(getOrganisationSettings(actor));
  return (
    <>
      <PageHeader title={t.settings.title} lead={t.settings.comingSoon} />
      <p className="mb-6"><a className="text-brand underline" href={`/${locale}/settings/api-keys`}>{t.apiKeys.settingsLink}</a></p>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="organisation" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="organisation" className="mb-2 font-semibold">{t.settings.organisation}</h2>
          <dl>
            <Row label={t.settings.name} value={settings.name} />
            <Row label={t.settings.slug} value={settings.slug} />
            <Row label={t.settings.minGroupSize} value={settings.minGroupSize} />
            <Row label={t.settings.minVerbatimGroupSize} value={settings.minVerbatimGroupSize} />
            <Row label={t.settings.linkExpiryDays} value={settings.linkExpiryDays} />
          </dl>
        </section>
        <section aria-labelledby="counts" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="counts" className="mb-2 font-semibold">{t.settings.counts}</h2>
          <dl>
            <Row label={t.settings.teams} value={settings.teamCount} />
            <Row label={t.settings.members} value={settings.memberCount} />
            <Row label={t.settings.apiKeys} value={settings.apiKeyCount} />
          </dl>
        </section>
      </div>
    </>
  );
}
