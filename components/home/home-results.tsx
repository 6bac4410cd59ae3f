// The employee home's published results (issue 19 §5): the eNPS of their team and of the
// organisation for the last released month with its change, the months before in a table, and
// when the next month is published. Everything comes from getEmployeeHome (anonymity applied).
import Link from "next/link";
import { ReleaseNote } from "@/components/dashboard/release-note";
import { SymmetryScore } from "@/components/dashboard/symmetry-score";
import { EmptyState } from "@/components/ui/empty-state";
import type { EmployeeHomeDto, EnpsPointDto, EnpsSeriesDto } from "@/lib/db/dashboard/get-employee-home";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { releaseCalendar } from "@/lib/surveys/release-calendar";

type Common = { locale: Locale; t: Messages };
const monthName = (locale: Locale, period: string) => formatDate(locale, `${period}-01`, "month");

function Change({ points, locale, t }: Common & { points: EnpsPointDto[] }) {
  const [previous, last] = points.slice(-2);
  if (!previous || !last?.change) return null;
  const delta = formatNumber(locale, last.change.delta, { signed: true });
  const words = last.change.significant ? t.home.sinceSignificant : t.home.since;
  return <p className="mt-1 text-sm text-slate-700">{fmt(words, { delta, month: monthName(locale, previous.period) })}</p>;
}

function ScoreCard({ id, title, series, k, locale, t }: Common & { id: string; title: string; series: EnpsSeriesDto; k: number }) {
  const last = series.points.at(-1);
  const lastReleased = releaseCalendar().lastReleasedMonth;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid={id}>
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {last ? (
        <p className="text-sm text-slate-600">
          {last.period === lastReleased
            ? monthName(locale, last.period)
            : fmt(t.home.olderMonth, { month: monthName(locale, last.period) })}
        </p>
      ) : null}
      <div className="mt-2">
        <SymmetryScore
          score={last?.enps ?? null}
          suppressed={series.suppressed}
          emptyText={t.home.noResultsYet}
          k={k}
          locale={locale}
          t={t}
        />
      </div>
      {last ? <Change points={series.points} locale={locale} t={t} /> : null}
    </section>
  );
}

function TrendTable({ home, locale, t }: Common & { home: EmployeeHomeDto }) {
  const team = new Map(home.team?.points.map((point) => [point.period, point.enps]) ?? []);
  const org = new Map(home.organisation.points.map((point) => [point.period, point.enps]));
  const months = [...new Set([...team.keys(), ...org.keys()])].sort();
  const cell = (score: EnpsPointDto["enps"] | undefined) =>
    score ? `${formatNumber(locale, score.score, { signed: true })} (n = ${formatNumber(locale, score.n)})` : t.home.notApplicable;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="home-trend">
        <caption className="mb-2 text-left font-semibold">{t.home.trendCaption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">
              {t.home.month}
            </th>
            {home.team ? (
              <th scope="col" className="py-2 pr-4">
                {home.team.name}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4">
              {t.home.organisation}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {monthName(locale, month)}
              </th>
              {home.team ? (
                <td className="py-2 pr-4 tabular-nums">{home.team.suppressed ? t.dashboard.suppressedShort : cell(team.get(month))}</td>
              ) : null}
              <td className="py-2 pr-4 tabular-nums">{cell(org.get(month))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HomeResults({ home, locale, t }: Common & { home: EmployeeHomeDto }) {
  const k = home.minGroupSize;
  const nothing = (home.team?.points.length ?? 0) === 0 && home.organisation.points.length === 0;
  const calendar = releaseCalendar();
  return (
    <section aria-labelledby="home-results">
      <h2 id="home-results" className="mb-1 text-lg font-semibold">
        {t.home.resultsTitle}
      </h2>
      <ReleaseNote locale={locale} t={t} />
      {nothing && !home.team?.suppressed ? (
        <EmptyState
          title={t.home.empty}
          hint={fmt(t.home.emptyHint, {
            openMonth: monthName(locale, calendar.openMonth),
            date: formatDate(locale, calendar.publishedOn),
            k,
          })}
        />
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            {home.team ? (
              <ScoreCard id="home-team" title={fmt(t.home.team, { name: home.team.name })} series={home.team} k={k} locale={locale} t={t} />
            ) : null}
            <ScoreCard id="home-organisation" title={t.home.organisation} series={home.organisation} k={k} locale={locale} t={t} />
          </div>
          <TrendTable home={home} locale={locale} t={t} />
        </>
      )}
      {home.team ? (
        <p className="mt-4 text-sm">
          <Link className="font-medium text-blue-700 underline" href={`/${locale}/teams/${home.team.teamId}`}>
            {t.home.teamDetail}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
