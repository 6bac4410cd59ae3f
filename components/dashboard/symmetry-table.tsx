// Teams of the getSymmetry result with NPS, eNPS and gap, indented by tree depth; names
// link to team pages (carrying the period). Suppression comes decided from the data layer.
import Link from "next/link";
import { cellLabel, DataTable } from "@/components/ui/data-table";
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { GapValue, SymmetryScore } from "./symmetry-score";

type Props = {
  rows: SymmetryTeamDto[];
  k: number;
  /** The organisation's customer minimum n, said beside a customer NPS flagged `tooFew`. */
  minCustomerResponses?: number;
  caption: string;
  query: string;
  locale: Locale;
  t: Messages;
};

export function SymmetryTable({ rows, k, minCustomerResponses, caption, query, locale, t }: Props) {
  const minDepth = Math.min(...rows.map((row) => row.depth));
  return (
    // On a phone each team is a card (DataTable "stack"): its name, then NPS, eNPS and gap, labelled.
    <DataTable caption={caption} headers={[t.dashboard.team, t.dashboard.nps, t.dashboard.enps, t.dashboard.gap]} layout="stack">
      {rows.map((row) => (
        <tr key={row.teamId} className="border-b border-slate-100 align-top" data-testid="team-row">
          <th scope="row" className="px-4 py-2 font-medium" style={{ paddingLeft: `${1 + (row.depth - minDepth) * 1.25}rem` }}>
            <Link href={`/${locale}/teams/${row.teamId}${query}`} className="hover:underline">
              {row.name}
            </Link>
            <span className="block text-xs font-normal text-slate-500">{t.teamKinds[row.kind]}</span>
          </th>
          <td className="px-4 py-2" {...cellLabel(t.dashboard.nps)}>
            <SymmetryScore
              score={row.nps}
              suppressed={false}
              emptyText={t.symmetry.table.emptyNps}
              k={k}
              minCustomerResponses={minCustomerResponses}
              locale={locale}
              t={t}
            />
          </td>
          <td className="px-4 py-2" {...cellLabel(t.dashboard.enps)}>
            <SymmetryScore
              score={row.enps}
              suppressed={row.enpsSuppressed}
              excludedMonths={row.enpsExcludedMonths}
              emptyText={t.symmetry.table.emptyEnps}
              k={k}
              locale={locale}
              t={t}
            />
          </td>
          <td className="px-4 py-2" {...cellLabel(t.dashboard.gap)}>
            {/* A hidden eNPS says why first (as the CSV does); else a too-few customer side says why there is no gap. */}
            <GapValue gap={row.gap} customerTooFew={!row.enpsSuppressed && row.nps?.tooFew === true} locale={locale} t={t} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
