// A pulse's results (issue 19 §4), as the data layer decided them through the anonymity engine:
// nothing before the month is released (the date it will be), a hidden team reads "hidden for
// anonymity", never a number; eNPS with its 95 % interval and n otherwise.
import { fmt, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { PulseResultsDto } from "@/lib/db/pulses/get-pulse-results";
import type { NpsDto } from "@/lib/symmetry/symmetry-types";

interface Props {
  t: Messages["pulses"];
  locale: Locale;
  results: PulseResultsDto;
  k: number;
}

export function PulseResultsSection({ t, locale, results, k }: Props) {
  const month = "month" in results ? formatDate(locale, `${results.month}-01T00:00:00.000Z`, "month") : "";
  const muted = (text: string) => <span className="text-slate-600">{text}</span>;
  const cells = (enps: NpsDto | null, hidden: boolean) =>
    enps ? (
      <>
        <td className="p-2">{formatNumber(locale, Math.round(enps.score))}</td>
        <td className="p-2">{`[${formatNumber(locale, Math.round(enps.low))} ; ${formatNumber(locale, Math.round(enps.high))}]`}</td>
        <td className="p-2">{formatNumber(locale, enps.n)}</td>
      </>
    ) : (
      <td className="p-2" colSpan={3}>
        {muted(hidden ? t.resultsHidden : t.resultsNone)}
      </td>
    );
  return (
    <section aria-labelledby="pulse-results" className="mb-8" data-testid="pulse-results">
      <h2 id="pulse-results" className="mb-1 text-lg font-semibold">
        {t.resultsTitle}
      </h2>
      {results.status === "draft" ? <p>{t.resultsDraft}</p> : null}
      {results.status === "sealed" ? <p>{fmt(t.resultsSealed, { month, date: formatDate(locale, publication(results.month)) })}</p> : null}
      {results.status === "refused" ? <p>{t.resultsRefused}</p> : null}
      {results.status === "released" ? (
        <>
          <p className="mb-3 text-sm text-slate-600">{fmt(t.resultsNote, { month, k })}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <thead>
                <tr className="border-b">
                  <th className="p-2">{t.team}</th>
                  <th className="p-2">eNPS</th>
                  <th className="p-2">{t.eventInterval}</th>
                  <th className="p-2">{t.respondents}</th>
                </tr>
              </thead>
              <tbody>
                {results.organisation || results.teams.length === 0 ? (
                  <tr className="border-b font-semibold">
                    <th scope="row" className="p-2">
                      {t.targetWhole}
                    </th>
                    {cells(results.organisation, false)}
                  </tr>
                ) : null}
                {results.teams.map((team) => (
                  <tr key={team.teamId} className="border-b" data-team={team.name}>
                    <th scope="row" className="p-2 font-normal" style={{ paddingLeft: `${0.5 + team.depth * 1.25}rem` }}>
                      {team.name}
                    </th>
                    {cells(team.enps, team.hidden)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** The first day of the month after "YYYY-MM", noon UTC (a Paris date whatever the offset). */
function publication(month: string): Date {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, index, 1, 12));
}
