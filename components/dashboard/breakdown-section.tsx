// Customer NPS of one team by channel and by moment of truth, each with n and interval.
import { channelLabel, localLabel } from "@/lib/dashboard/labels";
import type { TeamDetailDto } from "@/lib/db/dashboard/get-team-detail";
import type { NpsDto } from "@/lib/symmetry/symmetry-types";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { SymmetryScore } from "./symmetry-score";

type Props = { detail: Pick<TeamDetailDto, "byChannel" | "byMomentOfTruth">; k: number; locale: Locale; t: Messages };
type Row = { key: string; label: string; nps: NpsDto | null };

function BreakdownTable({
  caption,
  head,
  rows,
  k,
  locale,
  t,
}: {
  caption: string;
  head: string;
  rows: Row[];
  k: number;
  locale: Locale;
  t: Messages;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t.symmetry.team.noBreakdown}</p>;
  return (
    <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
      <caption className="text-left font-medium">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t.dashboard.nps}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-100 align-top">
            <th scope="row" className="py-1 font-normal">
              {row.label}
            </th>
            <td className="py-1">
              <SymmetryScore score={row.nps} suppressed={false} emptyText={t.symmetry.table.emptyNps} k={k} locale={locale} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BreakdownSection({ detail, k, locale, t }: Props) {
  const m = t.symmetry.team;
  const byChannel = detail.byChannel.map((row) => ({ key: row.channel, label: channelLabel(row.channel, t), nps: row.nps }));
  const byMoment = detail.byMomentOfTruth.map((row) => ({ key: row.momentOfTruthId, label: localLabel(locale, row), nps: row.nps }));
  return (
    <section aria-labelledby="breakdown-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="breakdown-title" className="mb-3 font-semibold">
        {m.breakdownTitle}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <BreakdownTable caption={m.byChannel} head={m.channel} rows={byChannel} k={k} locale={locale} t={t} />
        <BreakdownTable caption={m.byMoment} head={m.moment} rows={byMoment} k={k} locale={locale} t={t} />
      </div>
    </section>
  );
}
