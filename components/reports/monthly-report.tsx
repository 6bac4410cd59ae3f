// The monthly report page's content (issue 15 §3), for the organisation's report and a team's:
// header, sections, and the print frame (A4 rules in app/globals.css, `.report`).
import type { Actor } from "@/lib/auth/actor-types";
import { ThemeMirrorTable } from "@/components/themes/theme-mirror-section";
import type { MonthlyReportDto } from "@/lib/db/reports/get-monthly-report";
import type { ThemeViewDto } from "@/lib/db/themes/get-theme-view";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { effectiveMinGroupSize } from "@/lib/stats/suppression";
import { ReportBody } from "./report-body";
import { ReportHeader } from "./report-header";

type Props = { report: MonthlyReportDto; themes: ThemeViewDto; actor: Actor; backHref: string; locale: Locale; t: Messages };

/** Themes shown in the report: the month's most talked-about pairs. */
const REPORT_THEMES = 5;

/** Whose figures these are: the team, a scoped role's own part of the organisation, or the organisation. */
function scopeOf(report: MonthlyReportDto, actor: Actor, t: Messages): { name: string; line: string } {
  const m = t.reports;
  const organisation = report.organisationName;
  if (report.team) return { name: report.team.name, line: fmt(m.scopeTeam, { name: report.team.name, organisation }) };
  if (actor.role === "MANAGER" || actor.role === "EMPLOYEE") {
    return { name: report.figures?.details[0]?.team.name ?? organisation, line: fmt(m.scopeManager, { name: organisation }) };
  }
  return { name: t.overview.organisation, line: fmt(m.scopeOrganisation, { name: organisation }) };
}

export function MonthlyReport({ report, themes, actor, backHref, locale, t }: Props) {
  const k = report.minGroupSize ?? effectiveMinGroupSize(actor.minGroupSize);
  const scope = scopeOf(report, actor, t);
  return (
    <article className="report mx-auto max-w-4xl" data-testid="monthly-report">
      <ReportHeader report={report} scope={scope.line} backHref={backHref} locale={locale} t={t} />
      <ReportBody
        report={report}
        scope={scope.name}
        k={k}
        locale={locale}
        t={t}
        themes={
          <ThemeMirrorTable
            view={themes}
            filters={{ teamId: report.team?.teamId, from: report.month, to: report.month }}
            limit={REPORT_THEMES}
            locale={locale}
            t={t}
          />
        }
      />
    </article>
  );
}
