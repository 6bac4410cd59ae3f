"use client";
// Butterfly of mirrored items: customer mean drawn leftwards (negated), employee mean rightwards,
// same dimension on one row, 95 % intervals as error bars. A missing side simply has no bar.
import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** customer is −mean; errors are [below, above] offsets from the drawn value, as ErrorBar reads them. */
export interface ButterflyRow {
  label: string;
  customer: number | null;
  employee: number | null;
  customerError: [number, number] | null;
  employeeError: [number, number] | null;
}

export function ButterflyChart({
  rows,
  customerLabel,
  employeeLabel,
  locale,
}: {
  rows: ButterflyRow[];
  customerLabel: string;
  employeeLabel: string;
  locale: Locale;
}) {
  // Means are drawn signed (customer leftwards) but read as magnitudes, in the locale's style (decimal comma in French).
  const magnitude = (value: number) => formatNumber(locale, Math.abs(value));
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* barGap −100 % lays both bars of a row on the same band, one each side of 0. */}
      <BarChart data={rows} layout="vertical" barGap="-100%" margin={{ top: 10, right: 20, bottom: 10, left: 20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" domain={[-5, 5]} ticks={[-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]} tickFormatter={magnitude} />
        <YAxis type="category" dataKey="label" width={120} />
        <ReferenceLine x={0} stroke="#334155" />
        <Tooltip
          formatter={(value) => (typeof value === "number" ? formatNumber(locale, Math.abs(value), { digits: 2 }) : String(value))}
        />
        <Legend />
        <Bar dataKey="customer" name={customerLabel} fill="#b45309">
          <ErrorBar dataKey="customerError" direction="x" width={6} stroke="#334155" />
        </Bar>
        <Bar dataKey="employee" name={employeeLabel} fill="#1d4ed8">
          <ErrorBar dataKey="employeeError" direction="x" width={6} stroke="#334155" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
