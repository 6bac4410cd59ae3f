// Pulse management (HR, ADMIN): the organisation's pulses with their state, and the form
// creating a new one (a draft: previewed, then launched from its page), and the results of
// personal pulses per employee moment of truth, suppressed below k. Others get 403.
import Link from "next/link";
import { EventResultsSection } from "@/components/pulses/event-results-section";
import { PulseEditorForm } from "@/components/pulses/pulse-editor-form";
import { pulseFormValues } from "@/components/pulses/pulse-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getEventResults } from "@/lib/db/employee-events/get-event-results";
import { listManagedPulses } from "@/lib/db/pulses/list-pulses";
import { listTeamOptions } from "@/lib/db/pulses/list-team-options";
import { fmt, formatDate } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { defaultReminderDays } from "@/lib/pulses/reminders";
import { createPulseAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string | string[]; eventScope?: string | string[] }> };

const DAY_MS = 86_400_000;

export const generateMetadata = pageTitle((t) => t.pulses.manageTitle);

export default async function ManagePulsesPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/pulses/manage`);
  const { result, eventScope } = await searchParams;
  // An unknown scope is simply the organisation: the data layer is told only a team of ours.
  const teams = await orPageError(listTeamOptions(actor));
  const scope = typeof eventScope === "string" && teams.some((team) => team.id === eventScope) ? eventScope : null;
  const [pulses, eventResults] = await orPageError(Promise.all([listManagedPulses(actor), getEventResults(actor, scope)]));
  // A server component rendered per request: the default window starts today on purpose.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  const opensAt = new Date(now);
  const closesAt = new Date(now + 14 * DAY_MS);
  const initial = pulseFormValues({
    name: "",
    teamId: null,
    opensAt,
    closesAt,
    reminderDays: defaultReminderDays(opensAt, closesAt),
    cadence: "ONE_OFF",
    includeItems: true,
    includeIrritants: true,
    includeSuggestion: true,
  });
  return (
    <>
      <PageHeader title={t.pulses.manageTitle} lead={t.pulses.manageIntro} />
      {result === "deleted" ? (
        <p role="status" className="mb-4 rounded border border-slate-300 bg-white px-4 py-2" data-testid="pulse-notice">
          {t.pulses.deleted}
        </p>
      ) : null}
      <section aria-labelledby="pulse-list" className="mb-8">
        <h2 id="pulse-list" className="sr-only">
          {t.pulses.manageTitle}
        </h2>
        {pulses.length === 0 ? (
          <p>{t.pulses.noPulses}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <thead>
                <tr className="border-b">
                  <th className="p-2">{t.pulses.name}</th>
                  <th className="p-2">{t.pulses.status}</th>
                  <th className="p-2">{t.pulses.cadence}</th>
                </tr>
              </thead>
              <tbody>
                {pulses.map((p) => (
                  <tr key={p.id} className="border-b">
                    <td className="p-2">
                      <Link className="text-blue-700 underline" href={`/${locale}/pulses/manage/${p.id}`}>
                        {p.name}
                      </Link>
                      <span className="block text-sm text-slate-600">
                        {fmt(t.pulses.window, { from: formatDate(locale, p.opensAt), to: formatDate(locale, p.closesAt) })}
                      </span>
                    </td>
                    <td className="p-2">{t.pulses[`status${p.status}`]}</td>
                    <td className="p-2">{t.pulses[`cadence${p.cadence}`]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <EventResultsSection t={t.pulses} locale={locale} results={eventResults} teams={teams} scope={scope} />
      <section aria-labelledby="new-pulse" className="rounded border border-slate-300 bg-white p-4">
        <h2 id="new-pulse" className="mb-3 text-lg font-semibold">
          {t.pulses.newPulse}
        </h2>
        <PulseEditorForm t={t.pulses} locale={locale} teams={teams} initial={initial} action={createPulseAction} />
      </section>
    </>
  );
}
