// The operational KPIs of the organisation (issue 15 §1), reached from the catalogue's tabs:
// definitions (the four built-ins and the organisation's own) with their add and edit forms, and
// the CSV upload with a preview. kpis:manage (ADMIN, HR, CX); others get the 403 page.
import { forbidden } from "next/navigation";
import { CatalogueTabs } from "@/components/catalogue/catalogue-tabs";
import { KpiDefinitionFields } from "@/components/kpis/kpi-definition-fields";
import { KpiDefinitionsTable } from "@/components/kpis/kpi-definitions-table";
import { KpiImportForm } from "@/components/kpis/kpi-import-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { listKpiDefinitions } from "@/lib/db/kpis/list-kpi-definitions";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { KPI_DEFINITION_CODES, type KpiDefinitionCode } from "@/lib/kpis/kpi-definition-schema";
import { createKpiDefinitionAction, kpiImportAction, setKpiDefinitionActiveAction, updateKpiDefinitionAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string; error?: string }> };

export const generateMetadata = pageTitle((t) => t.kpis.title);

const FIELD_LABELS = ["key", "nameFr", "nameEn", "unit", "valuePerPointCents", "assumptions"] as const;

/** "nameFr.required,key.keyTaken" → one sentence per known pair; anything else is ignored. */
function errorText(t: Messages["kpis"], error: string | undefined): string | null {
  if (!error) return null;
  const labels: Record<string, string> = { ...t.fields, valuePerPointCents: t.fields.valuePerPoint };
  const sentences = error.split(",").flatMap((pair) => {
    const [field = "", code = ""] = pair.split(".");
    if (!(KPI_DEFINITION_CODES as readonly string[]).includes(code)) return [];
    const problem = t.errors[code as KpiDefinitionCode];
    return [(FIELD_LABELS as readonly string[]).includes(field) ? fmt(t.errors.field, { field: labels[field]!, problem }) : problem];
  });
  return sentences.length > 0 ? `${t.errors.title} ${sentences.join(" ")}` : null;
}

export default async function KpisPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/settings/kpis`);
  if (!can(actor, "kpis:manage")) forbidden();
  const definitions = await orPageError(listKpiDefinitions(actor));
  const query = await searchParams;
  const k = t.kpis;
  const notice = query.notice && query.notice in k.notices ? k.notices[query.notice as keyof typeof k.notices] : null;
  return (
    <>
      <PageHeader title={k.title} lead={k.lead} />
      <CatalogueTabs locale={locale} t={t.catalogue} current="kpis" />
      <Notice kind="ok" text={notice} testId="kpi-notice" />
      <Notice kind="error" text={errorText(k, query.error)} testId="kpi-error" />
      <h2 className="mb-3 text-lg font-semibold">{k.definitionsTitle}</h2>
      {definitions.length === 0 ? (
        <EmptyState title={k.empty} />
      ) : (
        <KpiDefinitionsTable
          definitions={definitions}
          locale={locale}
          t={k}
          actions={{ update: updateKpiDefinitionAction, active: setKpiDefinitionActiveAction }}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="kpi-add" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="kpi-add" className="mb-3 text-lg font-semibold">
            {k.addTitle}
          </h2>
          <form action={createKpiDefinitionAction} className="flex flex-col gap-3">
            <input type="hidden" name="locale" value={locale} />
            <KpiDefinitionFields t={k} idPrefix="kpi-new" />
            <div>
              <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
                {k.add}
              </button>
            </div>
          </form>
        </section>
        <section aria-labelledby="kpi-import" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="kpi-import" className="mb-2 text-lg font-semibold">
            {k.import.title}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{k.import.lead}</p>
          <KpiImportForm t={k.import} importAction={kpiImportAction} />
        </section>
      </div>
    </>
  );
}
