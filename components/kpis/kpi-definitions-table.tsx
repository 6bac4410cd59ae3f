// The organisation's KPI definitions (issue 15 §1): name, key, unit, direction, money value per
// point with its assumptions, state; for kpis:manage an edit form per row and deactivate/reactivate.
// Plain forms (post/redirect/get): they work without JavaScript.
import { formatEuros } from "@/lib/actions/action-display";
import type { KpiDefinitionDto } from "@/lib/db/kpis/kpi-definition-dto";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { KpiDefinitionFields } from "./kpi-definition-fields";

type FormAction = (form: FormData) => Promise<void>;
type Props = {
  definitions: KpiDefinitionDto[];
  locale: Locale;
  t: Messages["kpis"];
  actions: { update: FormAction; active: FormAction };
};

const button = "rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50";

export const kpiName = (definition: Pick<KpiDefinitionDto, "nameFr" | "nameEn">, locale: Locale) =>
  locale === "fr" ? definition.nameFr : definition.nameEn;

export function KpiDefinitionsTable({ definitions, locale, t, actions }: Props) {
  const c = t.columns;
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm" data-testid="kpi-definitions">
        <caption className="sr-only">{t.definitionsCaption}</caption>
        <thead>
          <tr className="border-b">
            {[c.name, c.key, c.unit, c.direction, c.money, c.status, c.actions].map((label) => (
              <th key={label} scope="col" className="p-2">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {definitions.map((d) => (
            <tr
              key={d.id}
              id={`kpi-${d.id}`}
              className={`border-b align-top ${d.active ? "" : "text-slate-500"}`}
              data-testid="kpi-definition"
              data-key={d.key}
            >
              <th scope="row" className="p-2 font-medium">
                {kpiName(d, locale)}
                {d.builtin ? <span className="ml-2 rounded bg-slate-100 px-1 text-xs font-normal text-slate-600">{t.builtin}</span> : null}
              </th>
              <td className="p-2 font-mono">{d.key}</td>
              <td className="p-2">{t.units[d.unit]}</td>
              <td className="p-2">{d.higherIsBetter ? t.higherBetter : t.lowerBetter}</td>
              <td className="p-2">
                {d.valuePerPointCents === null ? t.noMoney : formatEuros(locale, d.valuePerPointCents)}
                {d.assumptions ? <p className="mt-1 max-w-xs text-xs whitespace-pre-line text-slate-600">{d.assumptions}</p> : null}
              </td>
              <td className="p-2">{d.active ? t.active : t.inactive}</td>
              <td className="p-2">
                <details>
                  <summary className="cursor-pointer underline">{t.edit}</summary>
                  <form
                    action={actions.update}
                    className="mt-2 flex w-[28rem] max-w-full flex-col gap-3"
                    aria-label={fmt(t.editTitle, { name: kpiName(d, locale) })}
                  >
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={d.id} />
                    <KpiDefinitionFields t={t} idPrefix={`kpi-${d.id}`} definition={d} />
                    <div>
                      <button type="submit" className="rounded bg-brand px-3 py-1 font-medium text-white">
                        {t.save}
                      </button>
                    </div>
                  </form>
                </details>
                <form action={actions.active} className="mt-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={d.id} />
                  <input type="hidden" name="active" value={d.active ? "false" : "true"} />
                  <button type="submit" className={button}>
                    {d.active ? t.deactivate : t.reactivate}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
