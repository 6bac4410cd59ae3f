// Teams of the getSymmetry result with NPS, eNPS and gap, indented by tree depth; names
// link to team pages (carrying the period). Suppression comes decided from the data layer.
import Link from "next/link";
import type { SymmetryTeamDto } from "@/lib/db/dashboard/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { GapValue, SymmetryScore } from "./symmetry-score";

type Props = { rows: SymmetryTeamDto[]; k: number; caption: string; query: string; locale: Locale; t: Messages };

export function SymmetryTable({ rows, k, caption, query, locale, t }: Props) {
  const minDepth = Math.min(...rows.map((row) => row.depth));
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-2">{t.dashboard.team}</th>
            <th scope="col" className="px-4 py-2">{t.dashboard.nps}</th>
            <th scope="col" className="px-4 py-2">{t.dashboard.enps}</th>
            <th scope="col" className="px-4 py-2">{t.dashboard.gap}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.teamId} className="border-b border-slate-100 align-top" data-testid="team-row">
              <th scope="row" className="px-4 py-2 font-medium" style={{ paddingLeft: `${1 + (row.depth - minDepth) * 1.25}rem` }}>
                <Link href={`/${locale}/teams/${row.teamId}${query}`} className="hover:underline">
                  {row.name}
                </Link>
                <span className="block text-xs font-normal text-slate-500">{t.teamKinds[row.kind]}</span>
              </th>
              <td className="px-4 py-2">
                <SymmetryScore score={row.nps} suppressed={false} emptyText={t.dashboardV2.table.emptyNps} k={k} locale={locale} t={t} />
              </td>
              <td className="px-4 py-2">
                <SymmetryScore score={row.enps} suppressed={row.enpsSuppressed} emptyText={t.dashboardV2.table.emptyEnps} k={k} locale={locale} t={t} />
              </td>
              <td className="px-4 py-2"><GapValue gap={row.gap} locale={locale} t={t} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
