"use client";
// Scatter of leaf teams: x = eNPS, y = NPS, dot area by answers (docs/product.md "Mirrored dashboard"). Fed with plain points.
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";

export interface ScatterPoint {
  name: string;
  enps: number;
  nps: number;
  answers: number;
}

export function TeamScatterChart({
  points,
  xLabel,
  yLabel,
  sizeLabel,
}: {
  points: ScatterPoint[];
  xLabel: string;
  yLabel: string;
  sizeLabel: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="enps" name={xLabel} domain={[-100, 100]} label={{ value: xLabel, position: "bottom" }} />
        <YAxis
          type="number"
          dataKey="nps"
          name={yLabel}
          domain={[-100, 100]}
          label={{ value: yLabel, angle: -90, position: "insideLeft" }}
        />
        <ZAxis type="number" dataKey="answers" name={sizeLabel} range={[40, 400]} />
        <ReferenceLine x={0} stroke="#94a3b8" />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip cursor={{ strokeDasharray: "3 3" }} />
        <Scatter name={yLabel} data={points} fill="#b45309" fillOpacity={0.7} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
