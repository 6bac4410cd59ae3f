// Pure: a team page as CSV, one long table (section, element, measure, figures) so that every
// block of the page fits one sheet and filters well: headcount, scores and gap, sub-teams,
// mirrored items per side, irritants per side with their mirror, NPS by channel and by moment
// of truth, the monthly trend. The page's figures and rounding; where the page says "hidden",
// the cells say it too, with no number and no count; a customer NPS under the organisation's minimum
// n says "too few answers (n = …)" with its count (formats: lib/dashboard/csv-format.ts).
import type { IrritantRowDto, TeamDetailDto } from "@/lib/db/dashboard/get-team-detail";
import type { NpsDto, SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { ItemMeanEstimate } from "@/lib/stats/items";
import {
  csvCell,
  csvDocument,
  csvNumber,
  csvSeparator,
  customerScoreCells,
  fileSlug,
  filtersFileStem,
  gapCells,
  gapTooFewMark,
  scoreCells,
} from "./csv-format";
import { channelLabel, itemLabel, localLabel } from "./labels";
import { filtersQuery, type UrlFilters } from "./url-filters";

/** value, n, low, high */
type Figures = [string, string, string, string];
type Row = { section: string; element: string; measure: string; figures: Figures; mirror?: [string, string] };

interface Context {
  locale: Locale;
  t: Messages;
  hidden: string;
}

const none: Figures = ["", "", "", ""];

function scoreRows(section: string, team: SymmetryTeamDto, { locale, t, hidden }: Context): Row[] {
  // A hidden eNPS hides the gap too: NPS plus the gap would give the eNPS back.
  const suppressed = team.enpsSuppressed ? hidden : null;
  const [gap = "", low = "", high = ""] = gapCells(locale, team.gap, suppressed ?? gapTooFewMark(team.nps, t));
  return [
    { section, element: team.name, measure: t.dashboard.nps, figures: customerScoreCells(locale, team.nps, t) as Figures },
    { section, element: team.name, measure: t.dashboard.enps, figures: scoreCells(locale, team.enps, suppressed) as Figures },
    { section, element: team.name, measure: t.dashboard.gap, figures: [gap, "", low, high] },
    // The months the eNPS leaves out (docs/anonymity.md "Month by month"), when there are any.
    ...(team.enpsExcludedMonths.length > 0 && !team.enpsSuppressed
      ? [
          {
            section,
            element: team.name,
            measure: t.symmetry.export.enpsExcludedMonths,
            figures: [team.enpsExcludedMonths.join(" "), "", "", ""] as Figures,
          },
        ]
      : []),
  ];
}

function meanFigures(locale: Locale, mean: ItemMeanEstimate | null, hidden: string | null): Figures {
  if (hidden !== null) return [hidden, hidden, hidden, hidden];
  if (!mean) return none;
  return [csvNumber(locale, mean.mean, 2), String(mean.n), csvNumber(locale, mean.low, 2), csvNumber(locale, mean.high, 2)];
}

function itemRows(detail: TeamDetailDto, { locale, t, hidden }: Context): Row[] {
  const m = t.symmetry.team;
  return detail.items.flatMap((item) => [
    {
      section: m.butterflyTitle,
      element: itemLabel(item, locale, t),
      measure: m.customer,
      figures: meanFigures(locale, item.customer, null),
    },
    {
      section: m.butterflyTitle,
      element: itemLabel(item, locale, t),
      measure: m.employee,
      figures: meanFigures(locale, item.employee, item.employeeSuppressed ? hidden : null),
    },
  ]);
}

function irritantRows(detail: TeamDetailDto, { locale, t, hidden }: Context): Row[] {
  const m = t.symmetry.team;
  const side = (measure: string, rows: IrritantRowDto[]): Row[] =>
    rows.map((row) => ({
      section: m.irritantsTitle,
      element: localLabel(locale, row),
      measure,
      figures: [String(row.count), "", "", ""],
      mirror: row.mirror ? [localLabel(locale, row.mirror), row.mirror.count === null ? hidden : String(row.mirror.count)] : ["", ""],
    }));
  const employee = detail.team.enpsSuppressed
    ? [{ section: m.irritantsTitle, element: "", measure: m.irritantsEmployee, figures: [hidden, "", "", ""] as Figures }]
    : side(m.irritantsEmployee, detail.irritants.employee);
  return [...side(m.irritantsCustomer, detail.irritants.customer), ...employee];
}

function npsRow(section: string, element: string, nps: NpsDto | null, { locale, t }: Context): Row {
  return { section, element, measure: t.dashboard.nps, figures: customerScoreCells(locale, nps, t) as Figures };
}

function trendRows(detail: TeamDetailDto, { locale, t, hidden }: Context): Row[] {
  const section = t.symmetry.trend.title;
  // The page's trend table shows each month's score and n, no interval.
  const figures = (score: NpsDto | null, suppressed: boolean): Figures =>
    suppressed ? [hidden, hidden, "", ""] : score ? [csvNumber(locale, score.score, 0), String(score.n), "", ""] : none;
  return detail.trend.flatMap((point) => [
    { section, element: point.period, measure: t.dashboard.nps, figures: figures(point.nps, false) },
    { section, element: point.period, measure: t.dashboard.enps, figures: figures(point.enps, detail.team.enpsSuppressed) },
  ]);
}

function rows(detail: TeamDetailDto, context: Context): Row[] {
  const { locale, t, hidden } = context;
  const m = t.symmetry.team;
  const x = t.symmetry.teamExport;
  const members: Figures = [detail.memberCount === null ? hidden : String(detail.memberCount), "", "", ""];
  return [
    { section: x.headcount, element: detail.team.name, measure: x.members, figures: members },
    ...scoreRows(t.team.scores, detail.team, context),
    ...detail.children.flatMap((child) => scoreRows(m.subteams, child, context)),
    ...itemRows(detail, context),
    ...irritantRows(detail, context),
    ...detail.byChannel.map((row) => npsRow(m.byChannel, channelLabel(row.channel, t), row.nps, context)),
    ...detail.byMomentOfTruth.map((row) => npsRow(m.byMoment, localLabel(locale, row), row.nps, context)),
    ...trendRows(detail, context),
  ];
}

export function teamCsv(detail: TeamDetailDto, locale: Locale, t: Messages): string {
  const separator = csvSeparator(locale);
  const x = t.symmetry.teamExport;
  const header = [x.section, x.element, x.measure, x.value, x.n, x.low, x.high, x.mirror, x.mirrorValue];
  const context = { locale, t, hidden: t.dashboard.suppressedShort };
  const lines = rows(detail, context).map((row) => [
    csvCell(row.section, separator),
    csvCell(row.element, separator, true),
    csvCell(row.measure, separator),
    ...row.figures,
    csvCell(row.mirror?.[0] ?? "", separator, true),
    row.mirror?.[1] ?? "",
  ]);
  return csvDocument(header, lines, locale);
}

/** "symetrie-equipe-conseil-lyon-a-2026-09_2026-10.csv". */
export function teamCsvFilename(teamName: string, filters: UrlFilters, t: Messages, momentLabel: string | null = null): string {
  return `${[t.symmetry.teamExport.filePrefix, fileSlug(teamName), filtersFileStem(filters, momentLabel, t)].filter(Boolean).join("-")}.csv`;
}

export function teamExportHref(locale: Locale, teamId: string, filters: UrlFilters): string {
  return `/${locale}/teams/${teamId}/export.csv${filtersQuery(filters)}`;
}
