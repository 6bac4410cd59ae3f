// Results of personal pulses per employee moment of truth (HR, ADMIN): n, eNPS and its 95 %
// interval per event type over the months shown (each month judged on its own), for a scope picked with a plain GET form (works without JS); a
// hidden group (null, decided by the data layer) reads "hidden", never a number.
import { fmt, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { EventResultsDto } from "@/lib/db/employee-events/get-event-results";
import { TeamOptions } from "./team-options";

interface Props {
  t: Messages["pulses"];
  locale: Locale;
  results: EventResultsDto;
  teams: Array<{ id: string; name: string; depth: number }>;
  scope: string | null;
}

const eventKey = (type: string) => `event${type.toUpperCase()}` as `event${"ONBOARDING"}`;

export function EventResultsSection({ t, locale, results, teams, scope }: Props) {
  const month = formatDate(locale, results.closedBefore, "month");
  const hidden = <span className="text-slate-500">{t.suppressed}</span>;
  const label = (type: string) => {
    const text = t[eventKey(type)];
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return (
    <section aria-labelledby="event-results" className="mb-8">
      <h2 id="event-results" className="mb-1 text-lg font-semibold">
        {t.eventResultsTitle}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{fmt(t.eventResultsNote, { k: results.k, month })}</p>
      <form method="get" className="mb-3 flex items-end gap-2">
        <label className="text-sm">
          <span className="block">{t.eventResultsScope}</span>
          <select name="eventScope" defaultValue={scope ?? ""} className="rounded border border-slate-400 p-1">
            <TeamOptions whole={t.eventResultsOrganisation} teams={teams} />
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1">
          {t.eventResultsShow}
        </button>
      </form>
      <table className="w-full border-collapse bg-white text-left" data-testid="event-results">
        <thead>
          <tr className="border-b">
            <th className="p-2">{t.eventType}</th>
            <th className="p-2">{t.respondents}</th>
            <th className="p-2">eNPS</th>
            <th className="p-2">{t.eventInterval}</th>
            <th className="p-2">{t.eventMonths}</th>
          </tr>
        </thead>
        <tbody>
          {results.rows.map(({ type, estimate, months }) => (
            <tr key={type} className="border-b" data-event-type={type}>
              <th scope="row" className="p-2 font-normal">
                {label(type)}
              </th>
              <td className="p-2">{estimate ? formatNumber(locale, estimate.n) : hidden}</td>
              <td className="p-2">{estimate ? formatNumber(locale, Math.round(estimate.score)) : hidden}</td>
              <td className="p-2">
                {estimate
                  ? `[${formatNumber(locale, Math.round(estimate.low))} ; ${formatNumber(locale, Math.round(estimate.high))}]`
                  : hidden}
              </td>
              <td className="p-2">{formatNumber(locale, months)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
