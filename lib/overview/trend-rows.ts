// The monthly trend's rows with their honesty marks (issue 19 §2): a customer month still open (the
// current Paris month) or thin (n under the organisation's minimum) is drawn dashed and lighter
// with its n, and a month without answers is an explicit gap, so no line is drawn across it.
import type { NpsDto, SymmetryResultDto, TrendPointDto } from "@/lib/symmetry/symmetry-types";
import { monthsOf } from "./period";

/** docs/product.md: the default minimum of customer answers behind a score. */
export const DEFAULT_MIN_CUSTOMER_RESPONSES = 10;

/**
 * The organisation's minimum n for customer scores. Read defensively: the symmetry result gains
 * `minCustomerResponses` in another change (issue 19 §2); until then the default applies.
 */
export function minCustomerResponsesOf(result: SymmetryResultDto | object | null | undefined): number {
  const value = (result as { minCustomerResponses?: unknown } | null | undefined)?.minCustomerResponses;
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : DEFAULT_MIN_CUSTOMER_RESPONSES;
}

/** A figure flagged "too few answers" by the data layer (`tooFew: true`), read defensively too. */
export const isTooFew = (figure: NpsDto | null | undefined) => (figure as { tooFew?: unknown } | null | undefined)?.tooFew === true;

export type WeakReason = "open" | "thin";

export interface TrendRow {
  period: string;
  /** Every month with answers (null: a gap); drawn dashed and light. */
  nps: number | null;
  enps: number | null;
  /** Only the full months: drawn solid over the dashed line. */
  npsSolid: number | null;
  enpsSolid: number | null;
  npsN: number | null;
  enpsN: number | null;
  npsWeak: WeakReason | null;
  enpsWeak: WeakReason | null;
  /** Significant change from the previous month. */
  npsFlag: boolean;
  enpsFlag: boolean;
}

type Options = { openMonth: string; minCustomerResponses: number; enpsHidden: boolean };

function customerWeakness(point: TrendPointDto, { openMonth, minCustomerResponses }: Options): WeakReason | null {
  if (!point.nps) return null;
  if (point.period >= openMonth) return "open";
  return point.nps.n < minCustomerResponses || isTooFew(point.nps) ? "thin" : null;
}

function row(period: string, point: TrendPointDto | undefined, options: Options): TrendRow {
  const nps = point?.nps ?? null;
  const enps = options.enpsHidden ? null : (point?.enps ?? null);
  const npsWeak = point ? customerWeakness(point, options) : null;
  // Employee months are only published once closed (docs/anonymity.md "Release"): an open one is marked, should one come.
  const enpsWeak = enps && period >= options.openMonth ? "open" : null;
  return {
    period,
    nps: nps?.score ?? null,
    enps: enps?.score ?? null,
    npsSolid: npsWeak ? null : (nps?.score ?? null),
    enpsSolid: enpsWeak ? null : (enps?.score ?? null),
    npsN: nps?.n ?? null,
    enpsN: enps?.n ?? null,
    npsWeak,
    enpsWeak,
    npsFlag: point?.npsChange?.significant === true,
    enpsFlag: !options.enpsHidden && point?.enpsChange?.significant === true,
  };
}

/** One row per month from the first point to the last, missing months included as gaps. */
export function trendRows(points: readonly TrendPointDto[], options: Options): TrendRow[] {
  if (points.length === 0) return [];
  const byMonth = new Map(points.map((point) => [point.period, point]));
  const sorted = [...byMonth.keys()].sort();
  return monthsOf({ from: sorted[0]!, to: sorted[sorted.length - 1]! }).map((month) => row(month, byMonth.get(month), options));
}
