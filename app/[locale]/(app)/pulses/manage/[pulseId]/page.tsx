// One pulse for HR: its state and window, preview / launch / close-early buttons, and the
// participation per team (counts only, suppressed below k by the data layer).
import { ParticipationTable } from "@/components/pulses/participation-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getPulseDetail } from "@/lib/db/pulses/get-pulse-detail";
import { fmt, formatDate } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { publicationDay } from "@/lib/surveys/release-calendar";
import { pulseStateAction } from "../actions";

type Props = { params: Promise<{ locale: string; pulseId: string }>; searchParams: Promise<{ result?: string | string[] }> };

export const generateMetadata = pageTitle((t) => t.pulses.manageTitle);

export default async function PulseDetailPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { pulseId } = await params;
  const actor = await requireActor(locale, `/${locale}/pulses/manage/${pulseId}`);
  const pulse = await orPageError(getPulseDetail(actor, pulseId));
  const { result } = await searchParams;
  const notice =
    { created: t.pulses.created, launched: t.pulses.launched, closed: t.pulses.closed, state: t.pulses.errorState }[String(result)] ?? null;
  const button = "rounded px-4 py-2 font-semibold";
  return (
    <>
      <PageHeader
        title={pulse.name}
        lead={`${fmt(t.pulses.window, { from: formatDate(locale, pulse.opensAt), to: formatDate(locale, pulse.closesAt) })} · ${fmt(
          t.pulses.publishedOn,
          { date: formatDate(locale, publicationDay(pulse.closesAt)) },
        )}`}
      />
      {notice ? (
        <p role="status" className="mb-4 rounded border border-slate-300 bg-white px-4 py-2" data-testid="pulse-notice">
          {notice}
        </p>
      ) : null}
      <p className="mb-4">
        {t.pulses.status} : <strong data-testid="pulse-status">{t.pulses[`status${pulse.status}`]}</strong> ·{" "}
        {t.pulses[`cadence${pulse.cadence}`]}
      </p>
      <div className="mb-8 flex flex-wrap gap-3">
        <a className={`${button} border border-blue-700 text-blue-700`} href={`/${locale}/p/${pulse.id}?preview=1`}>
          {t.pulses.previewLink}
        </a>
        {pulse.status === "DRAFT" ? (
          <form action={pulseStateAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="pulseId" value={pulse.id} />
            <input type="hidden" name="operation" value="launch" />
            <button type="submit" className={`${button} bg-blue-700 text-white`}>
              {t.pulses.launch}
            </button>
          </form>
        ) : null}
        {pulse.status === "OPEN" || pulse.status === "SCHEDULED" ? (
          <form action={pulseStateAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="pulseId" value={pulse.id} />
            <input type="hidden" name="operation" value="close" />
            <button type="submit" className={`${button} border border-red-700 text-red-800`}>
              {t.pulses.closeEarly}
            </button>
          </form>
        ) : null}
      </div>
      <ParticipationTable t={t.pulses} locale={locale} rows={pulse.rows} k={pulse.k} />
    </>
  );
}
