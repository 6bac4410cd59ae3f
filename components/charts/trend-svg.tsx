// Monthly NPS and eNPS lines as a plain SVG drawn on the server (the monthly report, issue 15 §3):
// no JavaScript and a viewBox, so it prints at any width. NPS draws circles, eNPS squares (colour is
// never the only carrier, WCAG 1.4.1); an open or thin month is a hollow mark; a month without
// answers breaks the line. The figures are in the table that follows it.
import type { TrendChartRow } from "@/components/charts/trend-chart";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

type Side = "nps" | "enps";

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 44, right: 16, top: 28, bottom: 34 };
const COLORS: Record<Side, string> = { nps: "#92400e", enps: "#1d4ed8" };
const TICKS = [-100, -50, 0, 50, 100];

const y = (value: number) => PAD.top + ((100 - value) / 200) * (HEIGHT - PAD.top - PAD.bottom);

/** Consecutive months with a value, as polyline point lists: a gap starts a new segment. */
function segments(rows: TrendChartRow[], side: Side, x: (i: number) => number): string[] {
  const out: string[][] = [];
  let current: string[] = [];
  rows.forEach((row, i) => {
    const value = row[side];
    if (value === null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(`${x(i)},${y(value)}`);
  });
  if (current.length) out.push(current);
  return out.map((points) => points.join(" "));
}

function Mark({ side, cx, cy, hollow }: { side: Side; cx: number; cy: number; hollow: boolean }) {
  const style = { fill: hollow ? "#fff" : COLORS[side], stroke: COLORS[side], strokeWidth: 2 };
  return side === "nps" ? <circle cx={cx} cy={cy} r={4} {...style} /> : <rect x={cx - 4} y={cy - 4} width={8} height={8} {...style} />;
}

/** "MM/YY": twelve long month names would not fit under the axis; the table names them in full. */
const shortMonth = (period: string) => `${period.slice(5, 7)}/${period.slice(2, 4)}`;

export function TrendSvg({ rows, words, locale }: { rows: TrendChartRow[]; words: Record<Side, string>; locale: Locale }) {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const x = (i: number) => PAD.left + (rows.length > 1 ? (i * plotWidth) / (rows.length - 1) : plotWidth / 2);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height="100%" aria-hidden="true" className="block" data-testid="trend-svg">
      {TICKS.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#475569" : "#cbd5e1"} />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#0f172a">
            {formatNumber(locale, tick, { signed: true })}
          </text>
        </g>
      ))}
      {rows.map((row, i) => (
        <text key={row.period} x={x(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" fontSize={11} fill="#0f172a">
          {shortMonth(row.period)}
        </text>
      ))}
      {(["nps", "enps"] as const).map((side) => (
        <g key={side}>
          {segments(rows, side, x).map((points) => (
            <polyline key={points} points={points} fill="none" stroke={COLORS[side]} strokeWidth={2} />
          ))}
          {rows.map((row, i) => {
            const value = row[side];
            return value === null ? null : (
              <Mark key={row.period} side={side} cx={x(i)} cy={y(value)} hollow={row[`${side}Weak`] !== null} />
            );
          })}
        </g>
      ))}
      {(["nps", "enps"] as const).map((side, i) => (
        <g key={`legend-${side}`} transform={`translate(${PAD.left + 8 + i * 200}, 12)`}>
          <line x1={0} x2={24} y1={0} y2={0} stroke={COLORS[side]} strokeWidth={2} />
          <Mark side={side} cx={12} cy={0} hollow={false} />
          <text x={32} y={4} fontSize={12} fill="#0f172a">
            {words[side]}
          </text>
        </g>
      ))}
    </svg>
  );
}
