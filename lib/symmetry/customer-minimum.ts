// Pure: the customer minimum n (Organisation.minCustomerResponses, docs/statistics.md "Too few customer
// answers"). A customer NPS from fewer answers keeps its n but is flagged `tooFew`: shown as "too few
// answers (n = …)", never as a score; no gap is computed from it and its team stays out of the correlation.
import type { GapDto, NpsDto } from "./symmetry-types";

export const DEFAULT_MIN_CUSTOMER_RESPONSES = 10;
export const MIN_CUSTOMER_RESPONSES_RANGE = { min: 1, max: 1_000 } as const;

/** The figure with `tooFew: true` when n < min; untouched (and unflagged) otherwise. */
export function markCustomerNps(nps: NpsDto | null, min: number): NpsDto | null {
  if (!nps) return null;
  const { tooFew: _ignored, ...figure } = nps;
  return figure.n < min ? { ...figure, tooFew: true } : figure;
}

export const isTooFew = (nps: NpsDto | null | undefined): boolean => nps?.tooFew === true;

/** No gap from a customer side with too few answers: its interval would dwarf any difference. */
export const customerGap = (gap: GapDto | null, nps: NpsDto | null): GapDto | null => (isTooFew(nps) ? null : gap);

/** A team's customer side counts in the correlation from max(k, minCustomerResponses) answers. */
export const correlationCustomerMinimum = (k: number, min: number): number => Math.max(k, min);
