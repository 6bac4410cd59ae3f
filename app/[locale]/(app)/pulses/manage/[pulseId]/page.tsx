// One pulse for HR (issue 4, issue 19 §4): its state, target and window; for a draft, edit,
// delete and launch, each irreversible step confirmed first (the launch with the server's count
// of invitations); for an open pulse, « relancer maintenant » and early close; then its results
// once released and the participation per team (both suppressed below k by the data layer).
import { ParticipationTable } from "@/components/pulses/participation-table";
import { PendingButton } from "@/components/pulses/pending-button";
import { PulseConfirmPanel } from "@/components/pulses/pulse-confirm-panel";
import { PulseEditorForm } from "@/components/pulses/pulse-editor-form";
import { pulseFormValues } from "@/components/pulses/pulse-form-values";
import { PulseResultsSection } from "@/components/pulses/pulse-results-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getPulseDetail, type PulseDetailDto } from "@/lib/db/pulses/get-pulse-detail";
import { getPulseResults } from "@/lib/db/pulses/get-pulse-results";
import { countLaunchInvitations } from "@/lib/db/pulses/launch-pulse";
import { listTeamOptions } from "@/lib/db/pulses/list-team-options";
import { fmt, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { reminderPlan } from "@/lib/pulses/reminders";
import { publicationDay } from "@/lib/surveys/release-calendar";
import { pulseStateAction, updatePulseAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; pulseId: string }>;
  searchParams: Promise<{ result?: string | string[]; confirm?: string | string[] }>;
};

export const generateMetadata = pageTitle((t) => t.pulses.manageTitle);

const notices = (t: Messages["pulses"]): Record<string, string> => ({
  created: t.created,
  updated: t.updated,
  launched: t.launched,
  closed: t.closed,
  state: t.errorState,
  locked: t.errorLaunched,
  reminded: t.reminded,
  remindedNone: t.remindedNone,
  remindNoMail: t.remindNoMail,
});

/** The reminder plan in words, earliest first (for a recurring pulse, each wave keeps it). */
function planText(t: Messages["pulses"], locale: Locale, pulse: PulseDetailDto): string {
  const plan = reminderPlan(pulse);
  if (plan.length === 0) return t.reminderPlanNone;
  return plan
    .map(({ days, at }) =>
      fmt(days === 1 ? t.reminderPlanDay : t.reminderPlanOne, { days: formatNumber(locale, days), date: formatDate(locale, at) }),
    )
    .join(" · ");
}

function StateButton({
  locale,
  pulse,
  operation,
  label,
  pendingLabel,
  className,
}: {
  locale: Locale;
  pulse: PulseDetailDto;
  operation: "close" | "remind";
  label: string;
  pendingLabel: string;
  className: string;
}) {
  return (
    <form action={pulseStateAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="pulseId" value={pulse.id} />
      <input type="hidden" name="operation" value={operation} />
      <PendingButton label={label} pendingLabel={pendingLabel} className={className} />
    </form>
  );
}

function ConfirmLaunch({ t, locale, pulse, count }: { t: Messages["pulses"]; locale: Locale; pulse: PulseDetailDto; count: number }) {
  const sentence =
    count === 0 ? t.launchCountNone : count === 1 ? t.launchCountOne : fmt(t.launchCountMany, { count: formatNumber(locale, count) });
  return (
    <PulseConfirmPanel
      t={t}
      locale={locale}
      pulseId={pulse.id}
      operation="launch"
      title={fmt(t.launchConfirmTitle, { name: pulse.name })}
      action={pulseStateAction}
    >
      <p className="text-lg font-semibold" data-testid="launch-count">
        {sentence}
      </p>
      <p>{fmt(t.launchConfirmHint, { date: formatDate(locale, pulse.opensAt) })}</p>
    </PulseConfirmPanel>
  );
}

export default async function PulseDetailPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { pulseId } = await params;
  const actor = await requireActor(locale, `/${locale}/pulses/manage/${pulseId}`);
  const [pulse, results, teams] = await orPageError(
    Promise.all([getPulseDetail(actor, pulseId), getPulseResults(actor, pulseId), listTeamOptions(actor)]),
  );
  const { result, confirm } = await searchParams;
  const notice = notices(t.pulses)[String(result)] ?? null;
  const draft = pulse.status === "DRAFT";
  const confirming = draft && (confirm === "launch" || confirm === "delete") ? confirm : null;
  const count = confirming === "launch" ? await orPageError(countLaunchInvitations(actor, pulse.id)) : 0;
  const target = pulse.wholeOrganisation ? t.pulses.targetWhole : (pulse.rows[0]?.name ?? "—");
  const button = "rounded px-4 py-2 font-semibold";
  const here = `/${locale}/pulses/manage/${pulse.id}`;
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
        {t.pulses[`cadence${pulse.cadence}`]} · {t.pulses.target} : <span data-testid="pulse-target">{target}</span>
      </p>
      <p className="mb-4">
        {t.pulses.reminderPlan} : <span data-testid="pulse-reminders">{planText(t.pulses, locale, pulse)}</span>
      </p>
      {confirming === "launch" ? <ConfirmLaunch t={t.pulses} locale={locale} pulse={pulse} count={count} /> : null}
      {confirming === "delete" ? (
        <PulseConfirmPanel
          t={t.pulses}
          locale={locale}
          pulseId={pulse.id}
          operation="delete"
          title={t.pulses.delete}
          action={pulseStateAction}
        >
          <p>{fmt(t.pulses.deleteConfirm, { name: pulse.name })}</p>
        </PulseConfirmPanel>
      ) : null}
      <div className="mb-8 flex flex-wrap gap-3">
        <a className={`${button} border border-blue-700 text-blue-700`} href={`/${locale}/p/${pulse.id}?preview=1`}>
          {t.pulses.previewLink}
        </a>
        {draft && !confirming ? (
          <>
            <a className={`${button} bg-blue-700 text-white`} href={`${here}?confirm=launch`}>
              {t.pulses.launch}
            </a>
            <a className={`${button} border border-red-700 text-red-800`} href={`${here}?confirm=delete`}>
              {t.pulses.delete}
            </a>
          </>
        ) : null}
        {pulse.status === "OPEN" ? (
          <StateButton
            locale={locale}
            pulse={pulse}
            operation="remind"
            label={t.pulses.remind}
            pendingLabel={t.pulses.reminding}
            className={`${button} bg-blue-700 text-white`}
          />
        ) : null}
        {pulse.status === "OPEN" || pulse.status === "SCHEDULED" ? (
          <StateButton
            locale={locale}
            pulse={pulse}
            operation="close"
            label={t.pulses.closeEarly}
            pendingLabel={t.pulses.closing}
            className={`${button} border border-red-700 text-red-800`}
          />
        ) : null}
      </div>
      {pulse.status === "OPEN" ? <p className="-mt-6 mb-8 text-sm text-slate-600">{t.pulses.remindHint}</p> : null}
      {draft ? (
        <details className="mb-8 rounded border border-slate-300 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{t.pulses.edit}</summary>
          <div className="mt-4">
            <PulseEditorForm
              t={t.pulses}
              locale={locale}
              teams={teams}
              pulseId={pulse.id}
              initial={pulseFormValues({ ...pulse, teamId: pulse.wholeOrganisation ? null : (pulse.rows[0]?.teamId ?? null) })}
              action={updatePulseAction}
            />
          </div>
        </details>
      ) : null}
      <PulseResultsSection t={t.pulses} locale={locale} results={results} k={pulse.k} />
      <ParticipationTable t={t.pulses} locale={locale} rows={pulse.rows} k={pulse.k} />
    </>
  );
}
