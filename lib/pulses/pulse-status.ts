// A pulse's state and the month its answers carry, from its dates alone. Pure.

export type PulseStatus = "DRAFT" | "SCHEDULED" | "OPEN" | "CLOSED";

export interface PulseDates {
  opensAt: Date;
  closesAt: Date;
  launchedAt: Date | null;
  closedEarlyAt: Date | null;
}

export function pulseStatus(pulse: PulseDates, now = new Date()): PulseStatus {
  if (!pulse.launchedAt) return "DRAFT";
  if (pulse.closedEarlyAt || now >= pulse.closesAt) return "CLOSED";
  if (now < pulse.opensAt) return "SCHEDULED";
  return "OPEN";
}

const parisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" });

/**
 * The first day of the pulse's closing month (Paris calendar, like the rollup): the finest
 * time an employee answer may carry (docs/anonymity.md), the same for every answer of
 * a wave whenever it was given.
 */
export function pulsePeriod(closesAt: Date): Date {
  const parts = Object.fromEntries(parisMonth.formatToParts(closesAt).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, 1));
}

/** The next wave of a recurring pulse: same window length, shifted by one or three months. */
export function nextWave(pulse: {
  opensAt: Date;
  closesAt: Date;
  cadence: "ONE_OFF" | "MONTHLY" | "QUARTERLY";
}): { opensAt: Date; closesAt: Date } | null {
  if (pulse.cadence === "ONE_OFF") return null;
  const months = pulse.cadence === "MONTHLY" ? 1 : 3;
  const shift = (date: Date) => {
    const next = new Date(date);
    next.setUTCMonth(next.getUTCMonth() + months);
    return next;
  };
  return { opensAt: shift(pulse.opensAt), closesAt: shift(pulse.closesAt) };
}
