"use client";
// One KPI's monthly values as a small line (issue 15 §1, the team page); months without a value
// leave a gap. Axis and tooltip numbers in the locale's style.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export interface KpiChartRow {
  label: string;
  value: number | null;
}

export function KpiLineChart({ rows, name, locale }: { rows: KpiChartRow[]; name: string; locale: Locale }) {
  const number = (value: unknown) => (typeof value === "number" ? formatNumber(locale, value, { digits: 1 }) : "");
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis tickFormatter={number} width={48} tick={{ fontSize: 11 }} domain={["auto", "auto"]} />
        <Tooltip formatter={number} />
        <Line
          type="monotone"
          dataKey="value"
          name={name}
          stroke="#0f766e"
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
