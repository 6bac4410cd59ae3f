// The eNPS × NPS scatter of the leaf teams used in the correlation, with its table alternative.
import { ChartFigure } from "@/components/charts/chart-figure";
import { TeamScatterChart, type ScatterPoint } from "@/components/charts/team-scatter-chart";
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function ScatterSection({ teams, locale, t }: { teams: SymmetryTeamDto[]; locale: Locale; t: Messages }) {
  const m = t.symmetry.scatter;
  // The same points the correlation uses (leaf teams with n ≥ k on both sides), nothing more.
  const points: ScatterPoint[] = teams.flatMap((team) =>
    team.usedInCorrelation && team.nps && team.enps
      ? [{ name: team.name, enps: team.enps.score, nps: team.nps.score, answers: team.nps.n + team.enps.n }]
      : [],
  );
  if (points.length === 0) {
    return (
      <p className="rounded-lg bg-white p-4 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200" role="status">
        {m.empty}
      </p>
    );
  }
  const n = (value: number, signed = false) => formatNumber(locale, value, { signed });
  const table = (
    <table className="w-full text-left [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
      <caption className="text-left text-slate-600">{m.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.dashboard.team}</th>
          <th scope="col">{m.x}</th>
          <th scope="col">{m.y}</th>
          <th scope="col">{m.answers}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.name} className="border-t border-slate-100">
            <th scope="row" className="font-normal">
              {point.name}
            </th>
            <td className="tabular-nums">{n(point.enps, true)}</td>
            <td className="tabular-nums">{n(point.nps, true)}</td>
            <td className="tabular-nums">{n(point.answers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title={m.title}
      label={m.chartLabel}
      showTable={m.showTable}
      table={table}
      chart={<TeamScatterChart points={points} locale={locale} xLabel={m.x} yLabel={m.y} sizeLabel={m.answers} />}
    />
  );
}
