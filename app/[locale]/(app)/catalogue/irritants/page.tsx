// The catalogue's irritant pairs (issue 13 §1): each customer irritant with its employee mirror
// (waiting time ↔ slow tools), FR/EN labels in survey order. ADMIN, HR and CX read it; CX edits
// the customer labels, HR the employee labels, ADMIN both and adds, orders, retires and deletes
// (never an answered pair) pairs. Plain forms, no JavaScript needed.
import { AddField, SideWording } from "@/components/catalogue/pair-controls";
import { PairsPage } from "@/components/catalogue/pairs-page";
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
  const pairs = (await orPageError(listIrritantPairs(actor))).map((pair) => ({
    ...pair,
    name: pair.customer?.key ?? pair.employee?.key ?? "",
  }));
  const t = messages.catalogue;
  const editCustomer = can(actor, "catalogue:customer");
  const editEmployee = can(actor, "catalogue:employee");
  return (
    <PairsPage
      locale={locale}
      t={t}
      tab="irritants"
      lead={t.irritantsLead}
      query={query}
      heading={t.irritantsTitle}
      empty={t.irritantsEmpty}
      caption={t.irritantsCaption}
      kind="irritant"
      columns={[t.columnCustomer, t.columnEmployee]}
      pairs={pairs}
      admin={editCustomer && editEmployee}
      actions={{ move: moveIrritantPairAction, active: setIrritantPairActiveAction, remove: deleteIrritantPairAction }}
      cells={(pair) => (
        <>
          <td className="p-2">
            <Side irritant={pair.customer} locale={locale} t={t} editable={editCustomer} side={t.columnCustomer} testId="customer-side" />
          </td>
          <td className="p-2">
            <Side irritant={pair.employee} locale={locale} t={t} editable={editEmployee} side={t.columnEmployee} testId="employee-side" />
          </td>
        </>
      )}
      add={{
        title: t.addIrritantTitle,
        action: createIrritantPairAction,
        fields: (
          <>
            <AddField name="customerKey" label={t.customerKey} max={50} mono hint="irritant-key-hint" />
            <AddField name="employeeKey" label={t.employeeKey} max={50} mono hint="irritant-key-hint" />
            <AddField name="customerLabelFr" label={t.customerLabelFr} max={IRRITANT_LABEL_MAX} />
            <AddField name="employeeLabelFr" label={t.employeeLabelFr} max={IRRITANT_LABEL_MAX} />
            <AddField name="customerLabelEn" label={t.customerLabelEn} max={IRRITANT_LABEL_MAX} />
            <AddField name="employeeLabelEn" label={t.employeeLabelEn} max={IRRITANT_LABEL_MAX} />
            <p id="irritant-key-hint" className="text-sm text-slate-600 sm:col-span-2">
              {t.keyHint}
            </p>
          </>
        ),
      }}
    />
  );
}
