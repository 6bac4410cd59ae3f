// Participation per team: invited and answered counts and the rate; a hidden count (null,
// decided by the data layer) reads "hidden", never a number.
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { ParticipationRowDto } from "@/lib/db/pulses/get-pulse-detail";

export function ParticipationTable({
  t,
  locale,
  rows,
  k,
}: {
  t: Messages["pulses"];
  locale: Locale;
  rows: ParticipationRowDto[];
  k: number;
}) {
  const minDepth = Math.min(...rows.map((r) => r.depth));
  const cell = (value: number | null) =>
    value === null ? <span className="text-slate-500">{t.suppressed}</span> : formatNumber(locale, value);
  return (
    <section aria-labelledby="participation">
      <h2 id="participation" className="mb-1 text-lg font-semibold">
        {t.participationTitle}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{fmt(t.participationNote, { k })}</p>
      <table className="w-full border-collapse bg-white text-left" data-testid="participation-table">
        <thead>
          <tr className="border-b">
            <th className="p-2">{t.team}</th>
            <th className="p-2">{t.invited}</th>
            <th className="p-2">{t.respondents}</th>
            <th className="p-2">{t.rate}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.teamId} className="border-b" data-team={row.name}>
              <th scope="row" className="p-2 font-normal" style={{ paddingLeft: `${0.5 + (row.depth - minDepth) * 1.25}rem` }}>
                {row.name}
              </th>
              <td className="p-2">{cell(row.invited)}</td>
              <td className="p-2">{cell(row.answered)}</td>
              <td className="p-2">
                {row.answered !== null && row.invited ? (
                  `${formatNumber(locale, (100 * row.answered) / row.invited)} %`
                ) : (
                  <span className="text-slate-500">{t.suppressed}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
