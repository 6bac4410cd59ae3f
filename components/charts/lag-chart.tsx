"use client";
// Pearson r by lag (eNPS at t vs NPS at t + k) with its 95 % interval as error bars; r is in [−1, 1].
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** `error` is [r − low, high − r], the form recharts' ErrorBar reads. */
export interface LagRow {
  label: string;
  r: number | null;
  error: [number, number] | null;
}

export function LagChart({ rows, rLabel }: { rows: LagRow[]; rLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[-1, 1]} />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip />
        <Bar dataKey="r" name={rLabel} fill="#0f766e">
          <ErrorBar dataKey="error" width={6} stroke="#334155" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
