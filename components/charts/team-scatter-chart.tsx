"use client";
// Scatter of leaf teams: x = eNPS, y = NPS, dot area by answers (docs/product.md "Mirrored dashboard"). Fed with plain points;
// the tooltip names the team and rounds its numbers in the locale's style (issue 19 §3).
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export interface ScatterPoint {
  name: string;
  enps: number;
  nps: number;
  answers: number;
}

type Labels = { xLabel: string; yLabel: string; sizeLabel: string };
type TooltipProps = { active?: boolean; payload?: ReadonlyArray<{ payload?: ScatterPoint }> };

function ScatterTooltip({ active, payload, locale, xLabel, yLabel, sizeLabel }: TooltipProps & Labels & { locale: Locale }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  const colon = locale === "fr" ? " : " : ": ";
  return (
    <div className="rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow" data-testid="scatter-tooltip">
      <p className="font-medium">{point.name}</p>
      <p>{`${xLabel}${colon}${formatNumber(locale, point.enps, { digits: 1, signed: true })}`}</p>
      <p>{`${yLabel}${colon}${formatNumber(locale, point.nps, { digits: 1, signed: true })}`}</p>
      <p>{`${sizeLabel}${colon}${formatNumber(locale, point.answers)}`}</p>
    </div>
  );
}

export function TeamScatterChart({ points, locale, ...labels }: Labels & { points: ScatterPoint[]; locale: Locale }) {
  const { xLabel, yLabel, sizeLabel } = labels;
  const tick = (value: number) => formatNumber(locale, value);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="enps"
          name={xLabel}
          domain={[-100, 100]}
          tickFormatter={tick}
          label={{ value: xLabel, position: "bottom" }}
        />
        <YAxis
          type="number"
          dataKey="nps"
          name={yLabel}
          domain={[-100, 100]}
          tickFormatter={tick}
          label={{ value: yLabel, angle: -90, position: "insideLeft" }}
        />
        <ZAxis type="number" dataKey="answers" name={sizeLabel} range={[40, 400]} />
        <ReferenceLine x={0} stroke="#94a3b8" />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip
          cursor={{ strokeDasharray: "3 3" }}
          content={(props) => <ScatterTooltip {...(props as TooltipProps)} locale={locale} {...labels} />}
        />
        <Scatter name={yLabel} data={points} fill="#b45309" fillOpacity={0.7} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
