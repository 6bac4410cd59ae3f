// The catalogue's mirrored item pairs (issue 13 §1): both sides' FR/EN wording in survey order.
// ADMIN, HR and CX read it; CX edits the customer side, HR the employee side, ADMIN both and
// adds, orders, retires and deletes (never an answered pair) pairs. Plain forms, no JavaScript.
import { CatalogueTabs } from "@/components/catalogue/catalogue-tabs";
import { AddField, errorText, noticeText, PairAdminActions, PairStatus, SideWording } from "@/components/catalogue/pair-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { ITEM_TEXT_MAX } from "@/lib/catalogue/pair-schema";
import { listItemPairs } from "@/lib/db/catalogue/list-catalogue-pairs";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { createItemPairAction, deleteItemPairAction, moveItemPairAction, setItemPairActiveAction, updateItemSideAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string; error?: string }> };

export const generateMetadata = pageTitle((t) => t.catalogue.itemsTitle);

export default async function ItemPairsPage({ params, searchParams }: Props) {
  const { locale, t: messages } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/catalogue`);
  const query = await searchParams;
  const pairs = await orPageError(listItemPairs(actor));
  const t = messages.catalogue;
  const editCustomer = can(actor, "catalogue:customer");
  const editEmployee = can(actor, "catalogue:employee");
  const admin = editCustomer && editEmployee;
  const actions = { move: moveItemPairAction, active: setItemPairActiveAction, remove: deleteItemPairAction };
  return (
    <>
      <PageHeader title={t.title} lead={t.itemsLead} />
      <CatalogueTabs locale={locale} t={t} current="items" />
      <Notice kind="ok" text={noticeText(t, query.notice)} testId="catalogue-notice" />
      <Notice kind="error" text={errorText(t, query.error)} testId="catalogue-error" />
      <h2 className="mb-3 text-lg font-semibold">{t.itemsTitle}</h2>
      {pairs.length === 0 ? (
        <EmptyState title={t.itemsEmpty} />
      ) : (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" data-testid="item-pairs">
            <caption className="sr-only">{t.itemsCaption}</caption>
            <thead>
              <tr className="border-b">
                {[t.columnKey, t.columnCustomer, t.columnEmployee, t.columnStatus, ...(admin ? [t.columnActions] : [])].map((label) => (
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
                  data-testid="item-pair"
                  data-key={pair.dimension}
                >
                  <th scope="row" className="p-2 font-mono text-sm font-normal">
                    {pair.dimension}
                  </th>
                  <td className="p-2">
                    <SideWording
                      action={updateItemSideAction}
                      locale={locale}
                      t={t}
                      id={pair.id}
                      side="CUSTOMER"
                      names={["textFr", "textEn"]}
                      values={[pair.customerTextFr, pair.customerTextEn]}
                      editable={editCustomer}
                      label={fmt(t.saveSide, { side: t.columnCustomer, key: pair.dimension })}
                      testId="customer-side"
                    />
                  </td>
                  <td className="p-2">
                    <SideWording
                      action={updateItemSideAction}
                      locale={locale}
                      t={t}
                      id={pair.id}
                      side="EMPLOYEE"
                      names={["textFr", "textEn"]}
                      values={[pair.employeeTextFr, pair.employeeTextEn]}
                      editable={editEmployee}
                      label={fmt(t.saveSide, { side: t.columnEmployee, key: pair.dimension })}
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
                        name={pair.dimension}
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
        <section aria-labelledby="add-item-pair" className="max-w-3xl">
          <h2 id="add-item-pair" className="mb-3 text-lg font-semibold">
            {t.addItemTitle}
          </h2>
          <form action={createItemPairAction} className="grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="locale" value={locale} />
            <AddField name="dimension" label={t.dimension} max={50} mono hint="item-key-hint" />
            <p id="item-key-hint" className="self-end text-sm text-slate-600">
              {t.keyHint}
            </p>
            <AddField name="customerTextFr" label={t.customerTextFr} max={ITEM_TEXT_MAX} />
            <AddField name="employeeTextFr" label={t.employeeTextFr} max={ITEM_TEXT_MAX} />
            <AddField name="customerTextEn" label={t.customerTextEn} max={ITEM_TEXT_MAX} />
            <AddField name="employeeTextEn" label={t.employeeTextEn} max={ITEM_TEXT_MAX} />
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
