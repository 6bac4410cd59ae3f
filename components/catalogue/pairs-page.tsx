// The frame both pair pages of the catalogue share (issue 13 §1): header, tabs, notices, the pairs
// table (each page draws its own first cells; state and the ADMIN's buttons are common) and the
// ADMIN's "add a pair" form. Plain forms: work without JavaScript.
import type { ReactNode } from "react";
import { CatalogueTabs, type CatalogueTab } from "@/components/catalogue/catalogue-tabs";
import { errorText, noticeText, PairAdminActions, PairStatus } from "@/components/catalogue/pair-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["catalogue"];
type FormAction = (form: FormData) => Promise<void>;

export interface PairRow {
  id: string;
  name: string;
  active: boolean;
  used: boolean;
}

export function PairsPage<P extends PairRow>(props: {
  locale: string;
  t: T;
  tab: CatalogueTab;
  lead: string;
  query: { notice?: string; error?: string };
  heading: string;
  empty: string;
  caption: string;
  /** "item" or "irritant": the table's and rows' test ids. */
  kind: "item" | "irritant";
  columns: string[];
  pairs: P[];
  cells: (pair: P) => ReactNode;
  admin: boolean;
  actions: { move: FormAction; active: FormAction; remove: FormAction };
  add: { title: string; action: FormAction; fields: ReactNode };
}) {
  const { locale, t, kind, pairs, admin } = props;
  const headers = [...props.columns, t.columnStatus, ...(admin ? [t.columnActions] : [])];
  return (
    <>
      <PageHeader title={t.title} lead={props.lead} />
      <CatalogueTabs locale={locale} t={t} current={props.tab} />
      <Notice kind="ok" text={noticeText(t, props.query.notice)} testId="catalogue-notice" />
      <Notice kind="error" text={errorText(t, props.query.error)} testId="catalogue-error" />
      <h2 className="mb-3 text-lg font-semibold">{props.heading}</h2>
      {pairs.length === 0 ? (
        <EmptyState title={props.empty} />
      ) : (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" data-testid={`${kind}-pairs`}>
            <caption className="sr-only">{props.caption}</caption>
            <thead>
              <tr className="border-b">
                {headers.map((label) => (
                  <th key={label} scope="col" className="p-2">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair, index) => (
                <tr
                  key={pair.id}
                  id={`pair-${pair.id}`}
                  className={`border-b align-top ${pair.active ? "" : "text-slate-500"}`}
                  data-testid={`${kind}-pair`}
                  data-key={pair.name}
                >
                  {props.cells(pair)}
                  <td className="p-2">
                    <PairStatus t={t} active={pair.active} used={pair.used} />
                  </td>
                  {admin ? (
                    <td className="p-2">
                      <PairAdminActions
                        actions={props.actions}
                        locale={locale}
                        t={t}
                        id={pair.id}
                        name={pair.name}
                        active={pair.active}
                        used={pair.used}
                        first={index === 0}
                        last={index === pairs.length - 1}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin ? (
        <section aria-labelledby={`add-${kind}-pair`} className="max-w-3xl">
          <h2 id={`add-${kind}-pair`} className="mb-3 text-lg font-semibold">
            {props.add.title}
          </h2>
          <form action={props.add.action} className="grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="locale" value={locale} />
            {props.add.fields}
            <button type="submit" className="self-start justify-self-start rounded bg-brand px-4 py-2 font-medium text-white">
              {t.add}
            </button>
          </form>
        </section>
      ) : (
        <p className="text-sm text-slate-600">{t.onlyAdmin}</p>
      )}
    </>
  );
}
