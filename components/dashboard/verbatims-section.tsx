// Verbatims of both sides, mirrored: customers left, employees right. The data layer already
// dropped small employee groups, shuffled them and kept only the month; this only lays them out.
import Link from "next/link";
import type { VerbatimDto, VerbatimsDto } from "@/lib/db/dashboard/list-verbatims";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

/** `moreHref`: the comments page with the same team and months (search, themes). */
type Props = { verbatims: VerbatimsDto; locale: Locale; t: Messages; moreHref?: string };

/** "octobre 2026" from "2026-10": the month is all a verbatim carries. */
function monthLabel(locale: Locale, period: string): string {
  return formatDate(locale, `${period}-01T00:00:00Z`, "month");
}

/** One side's verbatims, or its empty sentence. */
export function VerbatimColumn({
  id,
  title,
  rows,
  empty,
  locale,
  t,
}: {
  id: string;
  title: string;
  rows: VerbatimDto[];
  empty: string;
  locale: Locale;
  t: Messages;
}) {
  return (
    <div aria-labelledby={id} role="group" data-testid={id}>
      <h3 id={id} className="mb-2 font-medium">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {rows.map((row, i) => (
            <li key={i} className="rounded border border-slate-200 p-2 text-sm">
              <blockquote className="whitespace-pre-line">{row.text}</blockquote>
              <p className="mt-1 text-xs text-slate-500">
                {row.kind === "comment" ? "" : `${t.symmetry.verbatims[row.kind]} · `}
                {row.teamName} · {monthLabel(locale, row.period)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function VerbatimsSection({ verbatims, locale, t, moreHref }: Props) {
  const m = t.symmetry.verbatims;
  const k = verbatims.minGroupSize;
  return (
    <section aria-labelledby="verbatims-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="verbatims-title" className="font-semibold">
        {m.title}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{fmt(m.lead, { k })}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <VerbatimColumn id="verbatims-customer" title={m.customer} rows={verbatims.customer} empty={m.noCustomer} locale={locale} t={t} />
        <VerbatimColumn
          id="verbatims-employee"
          title={m.employee}
          rows={verbatims.employee}
          empty={fmt(m.noEmployee, { k })}
          locale={locale}
          t={t}
        />
      </div>
      {moreHref ? (
        <p className="mt-3 text-sm">
          <Link className="font-medium text-blue-700 underline" href={moreHref}>
            {t.comments.allLink}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
