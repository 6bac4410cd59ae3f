// The employee's pulses: their due personal pulses (employee moments of truth) and the open
// pulses of their team, each with its answer link (or a thank-you once answered). HR and ADMIN also get the way to the management pages.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/policy";
import { eventPulseName } from "@/lib/db/employee-events/find-event-form";
import { listMyEventPulses } from "@/lib/db/employee-events/list-my-event-pulses";
import { listMyOpenPulses } from "@/lib/db/pulses/list-pulses";
import { fmt, formatDate } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { publicationDay } from "@/lib/surveys/release-calendar";

type Props = { params: Promise<{ locale: string }> };

/** When the window closes and when its results are published (docs/anonymity.md "Release"). */
function WindowDates({ closesAt, locale, t }: { closesAt: Date; locale: Locale; t: Messages }) {
  return (
    <p className="text-sm text-slate-600">
      {fmt(t.pulses.closesOn, { date: formatDate(locale, closesAt) })} ·{" "}
      {fmt(t.pulses.publishedOn, { date: formatDate(locale, publicationDay(closesAt)) })}
    </p>
  );
}

export const generateMetadata = pageTitle((t) => t.pulses.title);

export default async function PulsesPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/pulses`);
  const [pulses, events] = await Promise.all([listMyOpenPulses(actor), listMyEventPulses(actor)]);
  return (
    <>
      <PageHeader title={t.pulses.title} />
      {can(actor, "pulses:manage") ? (
        <p className="mb-6">
          <Link className="font-semibold text-blue-700 underline" href={`/${locale}/pulses/manage`}>
            {t.pulses.manageTitle}
          </Link>
        </p>
      ) : null}
      {events.length ? (
        <section aria-labelledby="due-events" className="mb-6">
          <h2 id="due-events" className="mb-3 text-lg font-semibold">
            {t.pulses.dueTitle}
          </h2>
          <ul className="space-y-3">
            {events.map((event) => (
              <li key={event.id} className="rounded border border-slate-300 bg-white p-4" data-testid="due-event">
                <p className="font-semibold">{eventPulseName(locale, event.type)}</p>
                <WindowDates closesAt={event.closesAt} locale={locale} t={t} />
                {event.answered ? (
                  <p className="mt-2 text-green-800">{t.pulses.answered}</p>
                ) : (
                  <a className="mt-2 inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white" href={`/${locale}/e/${event.id}`}>
                    {t.pulses.answer}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {pulses.length === 0 && events.length === 0 ? (
        <EmptyState title={t.pulses.empty} hint={t.pulses.emptyHint} />
      ) : pulses.length === 0 ? null : (
        <section aria-labelledby="open-pulses">
          <h2 id="open-pulses" className="mb-3 text-lg font-semibold">
            {t.pulses.openTitle}
          </h2>
          <ul className="space-y-3">
            {pulses.map((pulse) => (
              <li key={pulse.id} className="rounded border border-slate-300 bg-white p-4" data-testid="open-pulse">
                <p className="font-semibold">{pulse.name}</p>
                <WindowDates closesAt={pulse.closesAt} locale={locale} t={t} />
                {pulse.answered ? (
                  <p className="mt-2 text-green-800">{t.pulses.answered}</p>
                ) : (
                  // A plain link: the answer page is a light, script-free document of its own.
                  <a className="mt-2 inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white" href={`/${locale}/p/${pulse.id}`}>
                    {t.pulses.answer}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
