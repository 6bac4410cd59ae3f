// Reads the dashboard filters from the URL (a plain GET form writes them): malformed values
// are dropped rather than failing the page, a reversed range is put back in order.
import type { SymmetryFilters } from "@/lib/db/dashboard/symmetry-filters";

export type SearchParams = Record<string, string | string[] | undefined>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim() !== "" ? first.trim() : undefined;
}

export function readUrlFilters(params: SearchParams, withTeam: boolean): Pick<SymmetryFilters, "from" | "to" | "teamId"> {
  let from = one(params.from);
  let to = one(params.to);
  if (from && !MONTH.test(from)) from = undefined;
  if (to && !MONTH.test(to)) to = undefined;
  if (from && to && from > to) [from, to] = [to, from];
  const team = withTeam ? one(params.team) : undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(team ? { teamId: team } : {}) };
}

/** "?from=…&to=…" to carry the period onto team pages ("" when no period). */
export function periodQuery(filters: Pick<SymmetryFilters, "from" | "to">): string {
  const query = new URLSearchParams();
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  const text = query.toString();
  return text ? `?${text}` : "";
}
