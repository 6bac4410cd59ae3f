"use client";
// Monthly NPS and eNPS lines; a month whose change from the previous one is significant gets a large dot.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendRow {
  period: string;
  nps: number | null;
  enps: number | null;
  npsFlag: boolean;
  enpsFlag: boolean;
}

type DotProps = { cx?: number; cy?: number; index?: number; payload?: TrendRow };

function flaggedDot(flag: "npsFlag" | "enpsFlag", color: string) {
  return function Dot({ cx, cy, index, payload }: DotProps) {
    if (cx === undefined || cy === undefined || !payload) return <g key={`${flag}-${index}`} />;
    const big = payload[flag];
    return <circle key={`${flag}-${index}`} cx={cx} cy={cy} r={big ? 7 : 3} fill={big ? color : "#fff"} stroke={color} strokeWidth={2} />;
  };
}

export function TrendChart({ rows, npsLabel, enpsLabel }: { rows: TrendRow[]; npsLabel: string; enpsLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" />
        <YAxis domain={[-100, 100]} />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip />
        <Legend />
        <Line type="monotone" dataKey="nps" name={npsLabel} stroke="#b45309" connectNulls dot={flaggedDot("npsFlag", "#b45309")} />
        <Line type="monotone" dataKey="enps" name={enpsLabel} stroke="#1d4ed8" connectNulls dot={flaggedDot("enpsFlag", "#1d4ed8")} />
      </LineChart>
    </ResponsiveContainer>
  );
}
