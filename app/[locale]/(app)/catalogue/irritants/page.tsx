// The catalogue's irritant pairs (issue 13 §1): each customer irritant with its employee mirror
// (waiting time ↔ slow tools), FR/EN labels in survey order. ADMIN, HR and CX read it; CX edits
// the customer labels, HR the employee labels, ADMIN both and adds, orders, retires and deletes
// (never an answered pair) pairs. Plain forms, no JavaScript needed.
import { CatalogueTabs } from "@/components/catalogue/catalogue-tabs";
import { AddField, errorText, noticeText, PairAdminActions, PairStatus, SideWording } from "@/components/catalogue/pair-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { IRRITANT_LABEL_MAX } from "@/lib/catalogue/pair-schema";
import { listIrritantPairs, type IrritantDto } from "@/lib/db/catalogue/list-catalogue-pairs";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import {
  createIrritantPairAction,
  deleteIrritantPairAction,
  moveIrritantPairAction,
  setIrritantPairActiveAction,
  updateIrritantLabelsAction,
} from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string; error?: string }> };

export const generateMetadata = pageTitle((t) => t.catalogue.irritantsTitle);

function Side(props: {
  irritant: IrritantDto | null;
  locale: string;
  t: Messages["catalogue"];
  editable: boolean;
  side: string;
  testId: string;
}) {
  const { irritant, locale, t, editable, side, testId } = props;
  if (!irritant) return <span className="text-sm text-slate-500">{t.noSide}</span>;
  return (
    <>
      <p className="mb-1 font-mono text-xs text-slate-600">{irritant.key}</p>
      <SideWording
        action={updateIrritantLabelsAction}
        locale={locale}
        t={t}
        id={irritant.id}
        names={["labelFr", "labelEn"]}
        values={[irritant.labelFr, irritant.labelEn]}
        editable={editable}
        label={fmt(t.saveSide, { side, key: irritant.key })}
        testId={testId}
      />
    </>
  );
}

export default async function IrritantPairsPage({ params, searchParams }: Props) {
  const { locale, t: messages } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/catalogue/irritants`);
  const query = await searchParams;
  const pairs = await orPageError(listIrritantPairs(actor));
  const t = messages.catalogue;
  const editCustomer = can(actor, "catalogue:customer");
  const editEmployee = can(actor, "catalogue:employee");
  const admin = editCustomer && editEmployee;
  const actions = { move: moveIrritantPairAction, active: setIrritantPairActiveAction, remove: deleteIrritantPairAction };
  return (
    <>
      <PageHeader title={t.title} lead={t.irritantsLead} />
      <CatalogueTabs locale={locale} t={t} current="irritants" />
      <Notice kind="ok" text={noticeText(t, query.notice)} testId="catalogue-notice" />
      <Notice kind="error" text={errorText(t, query.error)} testId="catalogue-error" />
      <h2 className="mb-3 text-lg font-semibold">{t.irritantsTitle}</h2>
      {pairs.length === 0 ? (
        <EmptyState title={t.irritantsEmpty} />
      ) : (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" data-testid="irritant-pairs">
            <caption className="sr-only">{t.irritantsCaption}</caption>
            <thead>
              <tr className="border-b">
                {[t.columnCustomer, t.columnEmployee, t.columnStatus, ...(admin ? [t.columnActions] : [])].map((label) => (
                  <th key={label} scope="col" className="p-2">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair, index) => {
                const name = pair.customer?.key ?? pair.employee?.key ?? "";
                return (
                  <tr
                    key={pair.id}
                    id={`pair-${pair.id}`}
                    className={`border-b align-top ${pair.active ? "" : "text-slate-500"}`}
                    data-testid="irritant-pair"
                    data-key={name}
                  >
                    <td className="p-2">
                      <Side
                        irritant={pair.customer}
                        locale={locale}
                        t={t}
                        editable={editCustomer}
                        side={t.columnCustomer}
                        testId="customer-side"
                      />
                    </td>
                    <td className="p-2">
                      <Side
                        irritant={pair.employee}
                        locale={locale}
                        t={t}
                        editable={editEmployee}
                        side={t.columnEmployee}
                        testId="employee-side"
                      />
                    </td>
                    <td className="p-2">
                      <PairStatus t={t} active={pair.active} used={pair.used} />
                    </td>
                    {admin ? (
                      <td className="p-2">
                        <PairAdminActions
                          actions={actions}
                          locale={locale}
                          t={t}
                          id={pair.id}
                          name={name}
                          active={pair.active}
                          used={pair.used}
                          first={index === 0}
                          last={index === pairs.length - 1}
                        />
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {admin ? (
        <section aria-labelledby="add-irritant-pair" className="max-w-3xl">
          <h2 id="add-irritant-pair" className="mb-3 text-lg font-semibold">
            {t.addIrritantTitle}
          </h2>
          <form action={createIrritantPairAction} className="grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="locale" value={locale} />
            <AddField name="customerKey" label={t.customerKey} max={50} mono hint="irritant-key-hint" />
            <AddField name="employeeKey" label={t.employeeKey} max={50} mono hint="irritant-key-hint" />
            <AddField name="customerLabelFr" label={t.customerLabelFr} max={IRRITANT_LABEL_MAX} />
            <AddField name="employeeLabelFr" label={t.employeeLabelFr} max={IRRITANT_LABEL_MAX} />
            <AddField name="customerLabelEn" label={t.customerLabelEn} max={IRRITANT_LABEL_MAX} />
            <AddField name="employeeLabelEn" label={t.employeeLabelEn} max={IRRITANT_LABEL_MAX} />
            <p id="irritant-key-hint" className="text-sm text-slate-600 sm:col-span-2">
              {t.keyHint}
            </p>
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
