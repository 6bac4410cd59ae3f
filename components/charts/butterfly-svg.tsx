// The butterfly of mirrored items as a plain SVG drawn on the server (the monthly report, issue 15
// §3): the same rows as ButterflyChart (customer mean leftwards, employee mean rightwards, 95 %
// intervals as whiskers), without JavaScript or animation, scaled by its viewBox, so it prints.
import type { ButterflyRow } from "@/components/charts/butterfly-chart";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

const WIDTH = 720;
const LABELS = 150;
const ROW = 34;
const TOP = 28;
const BOTTOM = 26;
const HALF = (WIDTH - LABELS - 16) / 2;
const CENTER = LABELS + HALF;
const COLORS = { customer: "#92400e", employee: "#1d4ed8" } as const;
const TICKS = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5];

const x = (signed: number) => CENTER + (signed / 5) * HALF;

type Side = "customer" | "employee";

function Bar({ row, side, top }: { row: ButterflyRow; side: Side; top: number }) {
  const value = row[side];
  if (value === null) return null;
  const error = row[`${side}Error`];
  const y = top + ROW / 2;
  return (
    <g>
      <rect x={Math.min(CENTER, x(value))} y={top + 7} width={Math.abs(x(value) - CENTER)} height={ROW - 14} fill={COLORS[side]} />
      {error ? (
        <g stroke="#0f172a" strokeWidth={1.5}>
          <line x1={x(value - error[0])} x2={x(value + error[1])} y1={y} y2={y} />
          <line x1={x(value - error[0])} x2={x(value - error[0])} y1={y - 5} y2={y + 5} />
          <line x1={x(value + error[1])} x2={x(value + error[1])} y1={y - 5} y2={y + 5} />
        </g>
      ) : null}
    </g>
  );
}

type Props = { rows: ButterflyRow[]; customerLabel: string; employeeLabel: string; locale: Locale };

export function ButterflySvg({ rows, customerLabel, employeeLabel, locale }: Props) {
  const height = TOP + rows.length * ROW + BOTTOM;
  const axis = TOP + rows.length * ROW;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" className="block" data-testid="butterfly-svg">
      {TICKS.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={axis} stroke={tick === 0 ? "#475569" : "#e2e8f0"} />
          <text x={x(tick)} y={axis + 16} textAnchor="middle" fontSize={11} fill="#0f172a">
            {formatNumber(locale, Math.abs(tick))}
          </text>
        </g>
      ))}
      {rows.map((row, i) => (
        <g key={row.label}>
          <text x={LABELS - 8} y={TOP + i * ROW + ROW / 2 + 4} textAnchor="end" fontSize={12} fill="#0f172a">
            {row.label}
          </text>
          <Bar row={row} side="customer" top={TOP + i * ROW} />
          <Bar row={row} side="employee" top={TOP + i * ROW} />
        </g>
      ))}
      {(
        [
          ["customer", customerLabel, CENTER - 12, "end"],
          ["employee", employeeLabel, CENTER + 12, "start"],
        ] as const
      ).map(([side, label, at, anchor]) => (
        <g key={side}>
          <rect x={anchor === "end" ? at - 10 : at} y={6} width={10} height={10} fill={COLORS[side]} />
          <text x={anchor === "end" ? at - 16 : at + 16} y={15} textAnchor={anchor} fontSize={12} fill="#0f172a">
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
}
