// The catalogue's mirrored item pairs (issue 13 §1): both sides' FR/EN wording in survey order.
// ADMIN, HR and CX read it; CX edits the customer side, HR the employee side, ADMIN both and
// adds, orders, retires and deletes (never an answered pair) pairs. Plain forms, no JavaScript.
import { AddField, SideWording } from "@/components/catalogue/pair-controls";
import { PairsPage } from "@/components/catalogue/pairs-page";
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
  const pairs = (await orPageError(listItemPairs(actor))).map((pair) => ({ ...pair, name: pair.dimension }));
  const t = messages.catalogue;
  const editCustomer = can(actor, "catalogue:customer");
  const editEmployee = can(actor, "catalogue:employee");
  const sides = [
    { side: "CUSTOMER", column: t.columnCustomer, editable: editCustomer, testId: "customer-side" },
    { side: "EMPLOYEE", column: t.columnEmployee, editable: editEmployee, testId: "employee-side" },
  ] as const;
  return (
    <PairsPage
      locale={locale}
      t={t}
      tab="items"
      lead={t.itemsLead}
      query={query}
      heading={t.itemsTitle}
      empty={t.itemsEmpty}
      caption={t.itemsCaption}
      kind="item"
      columns={[t.columnKey, t.columnCustomer, t.columnEmployee]}
      pairs={pairs}
      admin={editCustomer && editEmployee}
      actions={{ move: moveItemPairAction, active: setItemPairActiveAction, remove: deleteItemPairAction }}
      cells={(pair) => (
        <>
          <th scope="row" className="p-2 font-mono text-sm font-normal">
            {pair.dimension}
          </th>
          {sides.map(({ side, column, editable, testId }) => (
            <td key={side} className="p-2">
              <SideWording
                action={updateItemSideAction}
                locale={locale}
                t={t}
                id={pair.id}
                side={side}
                names={["textFr", "textEn"]}
                values={side === "CUSTOMER" ? [pair.customerTextFr, pair.customerTextEn] : [pair.employeeTextFr, pair.employeeTextEn]}
                editable={editable}
                label={fmt(t.saveSide, { side: column, key: pair.dimension })}
                testId={testId}
              />
            </td>
          ))}
        </>
      )}
      add={{
        title: t.addItemTitle,
        action: createItemPairAction,
        fields: (
          <>
            <AddField name="dimension" label={t.dimension} max={50} mono hint="item-key-hint" />
            <p id="item-key-hint" className="self-end text-sm text-slate-600">
              {t.keyHint}
            </p>
            <AddField name="customerTextFr" label={t.customerTextFr} max={ITEM_TEXT_MAX} />
            <AddField name="employeeTextFr" label={t.employeeTextFr} max={ITEM_TEXT_MAX} />
            <AddField name="customerTextEn" label={t.customerTextEn} max={ITEM_TEXT_MAX} />
            <AddField name="employeeTextEn" label={t.employeeTextEn} max={ITEM_TEXT_MAX} />
          </>
        ),
      }}
    />
  );
}
