// Table of teams with customer NPS, employee eNPS and the gap, indented by tree depth.
import Link from "next/link";
import type { TeamScoreDto } from "@/lib/db/teams/list-team-scores";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ScoreCell } from "./score-cell";

export function TeamScoresTable({ rows, locale, t, k, caption }: { rows: TeamScoreDto[]; locale: Locale; t: Messages; k: number; caption: string }) {
  const minDepth = Math.min(...rows.map((row) => row.depth));
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-2">{t.dashboard.team}</th>
            <th scope="col" className="px-4 py-2">{t.dashboard.nps}</th>
            <th scope="col" className="px-4 py-2">{t.dashboard.enps}</th>
            <th scope="col" className="px-4 py-2">{t.dashboard.gap}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top" data-testid="team-row">
              <th scope="row" className="px-4 py-2 font-medium" style={{ paddingLeft: `${1 + (row.depth - minDepth) * 1.25}rem` }}>
                <Link href={`/${locale}/teams/${row.id}`} className="hover:underline">
                  {row.name}
                </Link>
                <span className="block text-xs font-normal text-slate-500">{t.teamKinds[row.kind]}</span>
              </th>
              <td className="px-4 py-2"><ScoreCell score={row.nps} locale={locale} t={t} k={k} /></td>
              <td className="px-4 py-2"><ScoreCell score={row.enps} locale={locale} t={t} k={k} /></td>
              <td className="px-4 py-2 tabular-nums">
                {row.gap ? (
                  <span className="flex flex-col">
                    <span className="font-semibold">{formatNumber(locale, row.gap.value, { digits: 1, signed: true })}</span>
                    <span className="text-xs text-slate-600">{fmt(t.dashboard.interval, { low: formatNumber(locale, row.gap.low, { digits: 1 }), high: formatNumber(locale, row.gap.high, { digits: 1 }) })}</span>
                  </span>
                ) : (
                  <span className="text-slate-500">{t.common.notApplicable}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
