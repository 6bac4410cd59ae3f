// The correlation card's plain reading in words: the decision table's verdict (lib/symmetry/
// correlation-reading.ts) as a headline, then why (agreement, interval, Spearman), the direction
// when a link is read, and the caution. Pure, so each branch is tested in French and English.
import { readCorrelation } from "@/lib/symmetry/correlation-reading";
import type { CorrelationDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { coefficient } from "./stat-format";

/** Null when there is no r to read; else the headline and the sentences that follow it. */
export function correlationReadingText(
  correlation: CorrelationDto,
  locale: Locale,
  t: Messages,
): { headline: string; body: string } | null {
  const reading = readCorrelation(correlation);
  if (!reading || !correlation.pearson) return null;
  const m = t.symmetry.correlation;
  const { low, high } = correlation.pearson;
  const headline = fmt(m.verdict[reading.verdict], { strength: m.strength[reading.strength] });
  const imprecise = fmt(m.detailImprecise, { low: coefficient(locale, low), high: coefficient(locale, high) });
  const details: Record<typeof reading.verdict, string[]> = {
    clear: [m.detailAgree],
    probable: reading.agree ? [imprecise] : [imprecise, m.detailUnconfirmed],
    fragile: [m.detailUnconfirmed],
    disagree: [m.detailDisagree],
    none: [m.detailNone],
  };
  const linked = reading.verdict !== "none" && reading.verdict !== "disagree";
  const direction = linked
    ? [fmt(reading.direction === "positive" ? m.directionPositive : m.directionNegative, { n: correlation.teams })]
    : [];
  return { headline, body: [...details[reading.verdict], ...direction, m.readingCaution].join(" ") };
}
