// Mirrored items of one team as a butterfly (customers left, employees right, one dimension
// per row, 95 % intervals) and the same figures as a table; a suppressed side is explained.
import Link from "next/link";
import { ButterflyChart, type ButterflyRow } from "@/components/charts/butterfly-chart";
import { ButterflySvg } from "@/components/charts/butterfly-svg";
import { ChartFigure } from "@/components/charts/chart-figure";
import { itemLabel } from "@/lib/dashboard/labels";
import type { MirroredItemRowDto } from "@/lib/db/dashboard/get-team-detail";
import type { ItemMeanEstimate } from "@/lib/stats/items";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  items: MirroredItemRowDto[];
  locale: Locale;
  t: Messages;
  /** The « Créer une action » link of an item gap, for those who may act on the team (none otherwise). */
  actionHref?: (item: MirroredItemRowDto) => string;
  /** Drawn on the server as a plain SVG (components/charts/butterfly-svg.tsx): the monthly report, printed. */
  printable?: boolean;
};

export function ButterflySection({ items, locale, t, actionHref, printable = false }: Props) {
  const m = t.symmetry.team;
  const rows: ButterflyRow[] = items.map((item) => ({
    label: itemLabel(item, locale, t),
    customer: item.customer ? -item.customer.mean : null,
    employee: item.employee ? item.employee.mean : null,
    // The customer bar is drawn at −mean, so its interval [low, high] becomes [−high, −low].
    customerError: item.customer ? [item.customer.high - item.customer.mean, item.customer.mean - item.customer.low] : null,
    employeeError: item.employee ? [item.employee.mean - item.employee.low, item.employee.high - item.employee.mean] : null,
  }));
  const d2 = (value: number) => formatNumber(locale, value, { digits: 2 });
  const cell = (mean: ItemMeanEstimate | null, suppressed: boolean) => {
    if (suppressed) return <span className="text-slate-500 italic">{m.employeeSuppressed}</span>;
    if (!mean) return <span className="text-slate-500">{m.noAnswers}</span>;
    return fmt(m.mean, { mean: d2(mean.mean), n: formatNumber(locale, mean.n), low: d2(mean.low), high: d2(mean.high) });
  };
  const table = (
    <table className="w-full text-left [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3" data-testid="butterfly-table">
      <caption className="text-left text-slate-600">{m.butterflyCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.dimension}</th>
          <th scope="col">{m.customer}</th>
          <th scope="col">{m.employee}</th>
          {actionHref ? <th scope="col">{t.actionPages.teamLinks.create}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.itemId} className="border-t border-slate-100 align-top">
            <th scope="row" className="font-normal">
              {itemLabel(item, locale, t)}
            </th>
            <td className="tabular-nums">{cell(item.customer, false)}</td>
            <td className="tabular-nums">{cell(item.employee, item.employeeSuppressed)}</td>
            {actionHref ? (
              <td>
                <Link
                  href={actionHref(item)}
                  className="text-blue-700 underline"
                  aria-label={fmt(t.actionPages.teamLinks.createForItem, { label: itemLabel(item, locale, t) })}
                  data-testid="item-action-link"
                >
                  {t.actionPages.teamLinks.create}
                </Link>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title={m.butterflyTitle}
      label={m.butterflyLabel}
      table={table}
      chart={
        printable ? (
          <ButterflySvg rows={rows} customerLabel={m.customer} employeeLabel={m.employee} locale={locale} />
        ) : (
          <ButterflyChart rows={rows} customerLabel={m.customer} employeeLabel={m.employee} locale={locale} />
        )
      }
    >
      <p className="mb-2 text-sm text-slate-600">{m.butterflyLead}</p>
    </ChartFigure>
  );
}
