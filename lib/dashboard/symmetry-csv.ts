// Pure: the dashboard's team table as CSV for spreadsheets — the figures as the page rounds
// them, suppressed cells as a word (no number, no count), a customer NPS under the organisation's
// minimum n as "too few answers (n = …)"; formats in lib/dashboard/csv-format.ts.
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { csvCell, csvDocument, csvSeparator, customerScoreCells, filtersFileStem, gapCells, gapTooFewMark, scoreCells } from "./csv-format";
import { filtersQuery, type UrlFilters } from "./url-filters";

export function symmetryCsv(teams: SymmetryTeamDto[], locale: Locale, t: Messages): string {
  const separator = csvSeparator(locale);
  const m = t.symmetry.export;
  const header = [
    m.team,
    m.externalId,
    m.nps,
    m.npsN,
    m.npsLow,
    m.npsHigh,
    m.enps,
    m.enpsN,
    m.enpsLow,
    m.enpsHigh,
    m.gap,
    m.gapLow,
    m.gapHigh,
    m.enpsExcludedMonths,
  ];
  const hidden = t.dashboard.suppressedShort;
  const rows = teams.map((team) => {
    // A hidden eNPS hides the gap too: NPS plus the gap would give the eNPS back.
    const suppressed = team.enpsSuppressed ? hidden : null;
    return [
      csvCell(team.name, separator, true),
      csvCell(team.externalId ?? "", separator, true),
      ...customerScoreCells(locale, team.nps, t),
      ...scoreCells(locale, team.enps, suppressed),
      ...gapCells(locale, team.gap, suppressed ?? gapTooFewMark(team.nps, t)),
      // The months a shown eNPS leaves out; a hidden one says so in its own cells already.
      csvCell(team.enpsSuppressed ? "" : team.enpsExcludedMonths.join(" "), separator, true),
    ];
  });
  return csvDocument(header, rows, locale);
}

/** "symetrie-2026-09_2026-10.csv", "symetrie-toutes-periodes-telephone.csv". */
export function symmetryCsvFilename(filters: UrlFilters, t: Messages, momentLabel: string | null = null): string {
  return `${t.symmetry.export.filePrefix}-${filtersFileStem(filters, momentLabel, t)}.csv`;
}

/** The export of the page's current filters, with the page's own parameter names. */
export function symmetryExportHref(locale: Locale, filters: UrlFilters): string {
  return `/${locale}/dashboard/export.csv${filtersQuery(filters, true)}`;
}
