"use client";
// Pearson r by lag (eNPS at t vs NPS at t + k) with its 95 % interval as error bars; r is in [−1, 1].
// Axis and tooltip numbers in the locale's style (French decimal commas, issue 19 §3).
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** `error` is [r − low, high − r], the form recharts' ErrorBar reads. */
export interface LagRow {
  label: string;
  r: number | null;
  error: [number, number] | null;
}

export function LagChart({ rows, rLabel, locale }: { rows: LagRow[]; rLabel: string; locale: Locale }) {
  const number = (value: unknown, digits: number) =>
    typeof value === "number" ? formatNumber(locale, value, { digits, signed: true }) : "";
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[-1, 1]} tickFormatter={(value: number) => number(value, 1)} />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip formatter={(value) => number(value, 2)} />
        <Bar dataKey="r" name={rLabel} fill="#0f766e">
          <ErrorBar dataKey="error" width={6} stroke="#334155" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
