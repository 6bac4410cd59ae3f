// A new action (issue 14 §1), for those who manage actions (others get the 403 page). A dashboard
// link prefills it: ?team=…&irritant=…&irritant=…&item=…&followUp=…&origin=IRRITANT; the title
// starts from the first irritant's or item's label. Ids outside the form's choices are left out.
import { ActionForm } from "@/components/actions/action-form";
import { prefilledValues } from "@/components/actions/action-form-state";
import { PageHeader } from "@/components/ui/page-header";
import { readActionPrefill, type SearchParams } from "@/lib/actions/action-url-params";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { actionFormOptions } from "@/lib/db/actions/action-form-options";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { forbidden } from "next/navigation";
import { saveActionFormAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.actionPages.form.newTitle);

export default async function NewActionPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const path = `/${locale}/actions/new`;
  const actor = await requireActor(locale, path);
  if (!can(actor, "actions:manage")) forbidden();
  const choices = await orPageError(actionFormOptions(actor));
  const prefill = readActionPrefill(await searchParams);
  const m = t.actionPages.form;
  return (
    <>
      <PageHeader title={m.newTitle} lead={m.newLead} />
      {prefill.origin !== "TEAM" ? (
        <p className="mb-4 text-sm text-slate-700">{fmt(m.fromOrigin, { origin: t.actionPages.origins[prefill.origin] })}</p>
      ) : null}
      <ActionForm
        mode="create"
        locale={locale}
        labels={t.actionPages}
        choices={choices}
        initial={prefilledValues(prefill, choices, locale)}
        cancelHref={`/${locale}/actions`}
        action={saveActionFormAction}
      />
    </>
  );
}
