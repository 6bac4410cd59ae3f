// The name of a recurring pulse's next wave (issue 19 §4): each wave is named for its own month
// (its period, the Paris month its window closes in, `pulsePeriod`), never the month of the
// wave it was copied from. A month written in the name in French or English ("octobre 2026",
// "October 2026") is replaced by the new wave's month in the same language; a name without
// one gets the month appended in the organisation's language. Pure.
import type { Locale } from "@/lib/i18n/config";

const MONTHS: Record<Locale, readonly string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

// The last "<month> <year>" of the name, in either language, whatever its case.
const MONTH_IN_NAME = new RegExp(
  `(?<!\\p{L})(${[...MONTHS.fr, ...MONTHS.en].join("|")})\\s+(\\d{4})(?!.*(${[...MONTHS.fr, ...MONTHS.en].join("|")})\\s+\\d{4})`,
  "iu",
);

/** "novembre 2026" / "November 2026" for a period (the first day of its month, UTC midnight). */
export function waveMonthLabel(locale: Locale, period: Date): string {
  return `${MONTHS[locale][period.getUTCMonth()]} ${period.getUTCFullYear()}`;
}

export function waveName(name: string, period: Date, fallbackLocale: Locale): string {
  const found = MONTH_IN_NAME.exec(name);
  if (!found) return `${name} — ${waveMonthLabel(fallbackLocale, period)}`;
  const written = found[1]!;
  const locale: Locale = MONTHS.fr.some((m) => m.toLowerCase() === written.toLowerCase()) ? "fr" : "en";
  let label = waveMonthLabel(locale, period);
  // Keep the capital of a month written at the start of a sentence ("Octobre 2026" → "Novembre 2026").
  if (written[0] !== written[0]!.toLowerCase()) label = label.charAt(0).toUpperCase() + label.slice(1);
  return name.slice(0, found.index) + label + name.slice(found.index + found[0].length);
}
