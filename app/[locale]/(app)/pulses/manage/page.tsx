// Pulse management (HR, ADMIN): the organisation's pulses with their state, and the form
// creating a new one (a draft: previewed, then launched from its page). Others get 403.
import Link from "next/link";
import { CreatePulseForm } from "@/components/pulses/create-pulse-form";
import { formatPulseDate } from "@/components/pulses/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/page-guard";
import { listManagedPulses } from "@/lib/db/pulses/list-pulses";
import { listTeamOptions } from "@/lib/db/pulses/list-team-options";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { createPulseAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string | string[] }> };

export const generateMetadata = pageTitle((t) => t.pulses.manageTitle);

export default async function ManagePulsesPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/pulses/manage`);
  const [pulses, teams] = await orPageError(Promise.all([listManagedPulses(actor), listTeamOptions(actor)]));
  const { error } = await searchParams;
  const errors = typeof error === "string" ? error.split(",") : [];
  return (
    <>
      <PageHeader title={t.pulses.manageTitle} lead={t.pulses.manageIntro} />
      <section aria-labelledby="pulse-list" className="mb-8">
        <h2 id="pulse-list" className="sr-only">{t.pulses.manageTitle}</h2>
        {pulses.length === 0 ? <p>{t.pulses.noPulses}</p> : (
          <table className="w-full border-collapse bg-white text-left">
            <thead><tr className="border-b"><th className="p-2">{t.pulses.name}</th><th className="p-2">{t.pulses.status}</th><th className="p-2">{t.pulses.cadence}</th></tr></thead>
            <tbody>
              {pulses.map((p) => (
                <tr key={p.id} className="border-b">
                  <td className="p-2">
                    <Link className="text-blue-700 underline" href={`/${locale}/pulses/manage/${p.id}`}>{p.name}</Link>
                    <span className="block text-sm text-slate-600">{fmt(t.pulses.window, { from: formatPulseDate(locale, p.opensAt), to: formatPulseDate(locale, p.closesAt) })}</span>
                  </td>
                  <td className="p-2">{t.pulses[`status${p.status}`]}</td>
                  <td className="p-2">{t.pulses[`cadence${p.cadence}`]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CreatePulseForm t={t.pulses} locale={locale} teams={teams} errors={errors} action={createPulseAction} />
    </>
  );
}
