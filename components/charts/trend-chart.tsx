"use client";
// Monthly NPS and eNPS lines (issue 19 §2): a month whose change from the previous one is significant
// gets a large dot; an open or thin month is drawn dashed and lighter, its n in the tooltip; a month
// without answers breaks the line (explicit null rows, connectNulls off). Numbers in the locale's style.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { TrendRow } from "@/lib/overview/trend-rows";

export type TrendChartRow = TrendRow & { label: string };

export interface TrendChartWords {
  nps: string;
  enps: string;
  open: string;
  thin: string;
  n: string;
  none: string;
}

type Side = "nps" | "enps";
type DotProps = { cx?: number | null; cy?: number | null; index?: number; payload?: TrendChartRow };

function sideDot(side: Side, color: string) {
  return function Dot({ cx, cy, index, payload }: DotProps) {
    if (cx == null || cy == null || !payload || payload[side] === null) return <g key={`${side}-${index}`} />;
    if (payload[`${side}Weak`]) {
      return (
        <circle
          key={`${side}-${index}`}
          cx={cx}
          cy={cy}
          r={4}
          fill="#fff"
          stroke={color}
          strokeOpacity={0.6}
          strokeDasharray="2 2"
          strokeWidth={2}
        />
      );
    }
    const big = payload[`${side}Flag`];
    return <circle key={`${side}-${index}`} cx={cx} cy={cy} r={big ? 7 : 3} fill={big ? color : "#fff"} stroke={color} strokeWidth={2} />;
  };
}

function sideText(row: TrendChartRow, side: Side, locale: Locale, words: TrendChartWords): string {
  const value = row[side];
  const colon = locale === "fr" ? " : " : ": ";
  if (value === null) return `${words[side]}${colon}${words.none}`;
  const notes = [fmt(words.n, { n: formatNumber(locale, row[`${side}N`] ?? 0) })];
  const weak = row[`${side}Weak`];
  if (weak) notes.push(weak === "open" ? words.open : words.thin);
  return `${words[side]}${colon}${formatNumber(locale, value, { digits: 1, signed: true })} (${notes.join(", ")})`;
}

type TooltipProps = { active?: boolean; payload?: ReadonlyArray<{ payload?: TrendChartRow }>; locale: Locale; words: TrendChartWords };

function TrendTooltip({ active, payload, locale, words }: TooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow" data-testid="trend-tooltip">
      <p className="font-medium">{row.label}</p>
      <p>{sideText(row, "nps", locale, words)}</p>
      <p>{sideText(row, "enps", locale, words)}</p>
    </div>
  );
}

const COLORS: Record<Side, string> = { nps: "#b45309", enps: "#1d4ed8" };

export function TrendChart({ rows, locale, words }: { rows: TrendChartRow[]; locale: Locale; words: TrendChartWords }) {
  const lines = (side: Side) => [
    // Every month with answers, dashed and light: what remains visible alone are the open or thin stretches.
    <Line
      key={`${side}-all`}
      type="linear"
      dataKey={side}
      name={`${words[side]} `}
      legendType="none"
      stroke={COLORS[side]}
      strokeOpacity={0.45}
      strokeDasharray="5 4"
      connectNulls={false}
      dot={sideDot(side, COLORS[side])}
      isAnimationActive={false}
    />,
    // Full months only, solid on top.
    <Line
      key={`${side}-solid`}
      type="linear"
      dataKey={`${side}Solid`}
      name={words[side]}
      stroke={COLORS[side]}
      connectNulls={false}
      dot={false}
      activeDot={false}
      isAnimationActive={false}
    />,
  ];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[-100, 100]} tickFormatter={(value: number) => formatNumber(locale, value)} />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip
          content={(props) => <TrendTooltip {...(props as Omit<TooltipProps, "locale" | "words">)} locale={locale} words={words} />}
        />
        <Legend />
        {lines("nps")}
        {lines("enps")}
      </LineChart>
    </ResponsiveContainer>
  );
}
