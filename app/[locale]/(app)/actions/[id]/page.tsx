// One action (issue 14 §1): its fields, the before/after slot (issue 14 §5), its next statuses as
// buttons, spending, publication to employees, comments and history. What the actor may do comes
// from the data layer (canEdit, canWork, nextStatuses); an id out of scope or of another
// organisation is the 404 page.
import Link from "next/link";
import { ActionFields } from "@/components/actions/action-fields";
import { ActionStatusBadge } from "@/components/actions/action-status-badge";
import { ActionComments, ActionHistory } from "@/components/actions/action-timeline";
import { ActionPublishForms, ActionSpendingForm, ActionStatusForms, type WorkForm } from "@/components/actions/action-work-forms";
import { BeforeAfterPanel } from "@/components/actions/before-after-panel";
import { Notice } from "@/components/ui/notice";
import { readWorkMessage, type WorkField, type WorkMessage } from "@/lib/actions/action-work-outcome";
import type { SearchParams } from "@/lib/actions/action-url-params";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getAction } from "@/lib/db/actions/get-action";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import {
  addActionCommentAction,
  changeActionStatusAction,
  publishActionAction,
  recordActionSpendingAction,
  unpublishActionAction,
} from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.actionPages.list.title);

/** The sentence of a refusal: the action's own codes, else the wrapper's (not found, session…). */
function sentence(code: string, t: Messages): string {
  const own = t.actionErrors as Record<string, string>;
  const wrapper = t.actions as Record<string, string>;
  return own[code] ?? wrapper[code] ?? t.actions.UNEXPECTED;
}

const errorFor = (message: WorkMessage, field: WorkField, t: Messages) =>
  message.error?.field === field ? sentence(message.error.code, t) : null;

export default async function ActionPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { id } = await params;
  const actor = await requireActor(locale, `/${locale}/actions/${id}`);
  const action = await orPageError(getAction(actor, id));
  const message = readWorkMessage(await searchParams);
  const m = t.actionPages.detail;
  const form = (run: WorkForm["action"], field: WorkField): WorkForm => ({ action: run, error: errorFor(message, field, t) });
  const generalError = errorFor(message, "form", t);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/${locale}/actions`} className="text-blue-700 underline">
          {m.back}
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{action.title}</h1>
        <ActionStatusBadge status={action.status} t={t} />
        {action.canEdit ? (
          <Link href={`/${locale}/actions/${action.id}/edit`} className="rounded border border-slate-400 px-3 py-1 text-sm font-medium">
            {m.edit}
          </Link>
        ) : null}
      </div>
      <Notice kind="ok" text={message.notice ? m.notices[message.notice] : null} testId="action-notice" />
      <Notice kind="error" text={generalError ? fmt(m.refused, { reason: generalError }) : null} testId="action-error" />
      <div className="flex flex-col gap-6">
        <ActionFields action={action} locale={locale} t={t} />
        <BeforeAfterPanel principal={actor} locale={locale} t={t.beforeAfter} actionId={action.id} />
        {action.canWork ? (
          <>
            <ActionStatusForms action={action} locale={locale} t={t} form={form(changeActionStatusAction, "status")} />
            <ActionSpendingForm action={action} locale={locale} t={t} form={form(recordActionSpendingAction, "spentEuros")} />
          </>
        ) : null}
        {action.canEdit ? (
          <ActionPublishForms
            action={action}
            locale={locale}
            t={t}
            publish={form(publishActionAction, "summary")}
            unpublish={unpublishActionAction}
          />
        ) : null}
        <ActionComments action={action} locale={locale} t={t} form={action.canWork ? form(addActionCommentAction, "body") : null} />
        <ActionHistory action={action} locale={locale} t={t} />
      </div>
    </>
  );
}
