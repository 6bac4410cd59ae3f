// The moments-of-truth catalogue (issue 13 §1): customer and employee moments, their order,
// labels, retirement, the employee moment behind each customer moment, and which employee
// moments trigger a personal pulse and after how many days. ADMIN, HR and CX read it; CX edits
// the customer side, HR the employee side, ADMIN both. Plain forms: works without JavaScript.
import { CatalogueTabs } from "@/components/catalogue/catalogue-tabs";
import type { ReactNode } from "react";
import { CustomerMomentRow, EmployeeMomentRow } from "./moment-rows";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { listMoments, type MomentDto } from "@/lib/db/moments/list-moments";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { createMomentAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string; error?: string; side?: string }> };
type T = Messages["catalogueMoments"];

export const generateMetadata = pageTitle((t) => t.catalogueMoments.title);

const NOTICES = ["created", "saved", "moved", "retired", "restored", "deleted"] as const;

function errorText(t: T, codes: string[]): string | null {
  const known = codes.filter((code): code is keyof T["errors"] => code in t.errors);
  if (codes.length === 0) return null;
  return `${t.errorSummary} ${(known.length > 0 ? known : (["form"] as const)).map((code) => t.errors[code]).join(" ")}`;
}

function AddForm({ side, locale, t }: { side: "CUSTOMER" | "EMPLOYEE"; locale: string; t: T }) {
  const id = `add-${side.toLowerCase()}`;
  const field = "flex flex-col gap-1 text-sm";
  const input = "rounded border border-slate-400 px-3 py-1";
  return (
    <section aria-labelledby={id} className="mb-10 max-w-3xl">
      <h3 id={id} className="mb-2 font-semibold">
        {side === "CUSTOMER" ? t.addCustomerTitle : t.addEmployeeTitle}
      </h3>
      <form action={createMomentAction} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="side" value={side} />
        <label className={field}>
          <span>{t.key}</span>
          <input
            name="key"
            required
            maxLength={50}
            pattern="[a-z0-9]+(_[a-z0-9]+)*"
            aria-describedby={`${id}-hint`}
            className={`${input} font-mono`}
          />
        </label>
        <label className={field}>
          <span>{t.labelFr}</span>
          <input name="labelFr" required maxLength={120} className={input} />
        </label>
        <label className={field}>
          <span>{t.labelEn}</span>
          <input name="labelEn" required maxLength={120} className={input} />
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-1.5 font-medium text-white">
          {t.add}
        </button>
      </form>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t.keyHint}
      </p>
    </section>
  );
}

function Head({ t, columns }: { t: T; columns: string[] }) {
  return (
    <thead>
      <tr className="border-b">
        {[t.columnKey, t.columnLabelFr, t.columnLabelEn, ...columns, t.columnStatus, t.columnActions].map((label) => (
          <th key={label} scope="col" className="p-2">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One side's table (or its empty state), its refusal if any, and the add form when the actor edits it. */
function SideSection(props: {
  side: "CUSTOMER" | "EMPLOYEE";
  t: T;
  error: string | null;
  empty: boolean;
  add: ReactNode;
  columns: string[];
  children: ReactNode;
}) {
  const { side, t, error, empty, add, columns, children } = props;
  const id = side === "CUSTOMER" ? "customer-moments" : "employee-moments";
  const title = side === "CUSTOMER" ? t.customerTitle : t.employeeTitle;
  return (
    <section aria-labelledby={id} className="mb-6">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <Notice kind="error" text={error} testId="moments-error" />
      {empty ? (
        <EmptyState title={side === "CUSTOMER" ? t.customerEmpty : t.employeeEmpty} />
      ) : (
        <div className="mb-4 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" data-testid={id}>
            <caption className="sr-only">{title}</caption>
            <Head t={t} columns={columns} />
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
      {add ?? <p className="mb-10 text-sm text-slate-600">{t.readOnly}</p>}
    </section>
  );
}

export default async function MomentsCataloguePage({ params, searchParams }: Props) {
  const { locale, t: messages } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/catalogue/moments`);
  const query = await searchParams;
  const { customer, employee } = await orPageError(listMoments(actor));
  const t = messages.catalogueMoments;
  const editCustomer = can(actor, "catalogue:customer");
  const editEmployee = can(actor, "catalogue:employee");
  const notice = NOTICES.find((n) => n === query.notice);
  const codes = (query.error ?? "").split(",").filter(Boolean).slice(0, 10);
  const errorSide = query.side === "EMPLOYEE" ? "EMPLOYEE" : "CUSTOMER";
  const error = errorText(t, codes);
  const rowProps = (list: MomentDto[], index: number, editable: boolean) => ({
    moment: list[index]!,
    locale,
    t,
    editable,
    first: index === 0,
    last: index === list.length - 1,
  });
  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      <CatalogueTabs locale={locale} t={messages.catalogue} current="moments" />
      <Notice kind="ok" text={notice ? t.notices[notice] : null} testId="moments-notice" />

      <SideSection
        side="CUSTOMER"
        t={t}
        error={errorSide === "CUSTOMER" ? error : null}
        empty={customer.length === 0}
        add={editCustomer ? <AddForm side="CUSTOMER" locale={locale} t={t} /> : null}
        columns={[t.columnPairing]}
      >
        {customer.map((moment, index) => (
          <CustomerMomentRow key={moment.id} {...rowProps(customer, index, editCustomer)} employeeMoments={employee} />
        ))}
      </SideSection>
      <SideSection
        side="EMPLOYEE"
        t={t}
        error={errorSide === "EMPLOYEE" ? error : null}
        empty={employee.length === 0}
        add={editEmployee ? <AddForm side="EMPLOYEE" locale={locale} t={t} /> : null}
        columns={[t.columnEvent, t.columnTrigger]}
      >
        {employee.map((moment, index) => (
          <EmployeeMomentRow key={moment.id} {...rowProps(employee, index, editEmployee)} />
        ))}
      </SideSection>
    </>
  );
}
