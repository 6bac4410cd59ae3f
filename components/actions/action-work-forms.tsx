// The action page's work forms, plain posts answered by a redirect (they work without JavaScript):
// the next statuses as buttons (« Planifier », « Démarrer »…), spending to record, and the
// publication to employees with what was done (or its withdrawal). A refusal comes back as the
// sentence beside the field it concerns.
import { FieldNotes, inputClass } from "@/components/settings/form-field";
import { eurosField } from "@/lib/actions/action-display";
import type { ActionDetailDto } from "@/lib/db/actions/get-action";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

/** A form's server action and, after a refused post, the sentence to show beside its field. */
export interface WorkForm {
  action: (form: FormData) => Promise<void>;
  error: string | null;
}

type Props = { action: ActionDetailDto; locale: Locale; t: Messages };
const card = "rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";
const button = "rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

function Hidden({ locale, id }: { locale: Locale; id: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actionId" value={id} />
    </>
  );
}

export function ActionStatusForms({ action, locale, t, form }: Props & { form: WorkForm }) {
  const m = t.actionPages.detail;
  return (
    <section aria-labelledby="action-status" className={card} id="status">
      <h2 id="action-status" className="mb-2 font-semibold">
        {m.statusTitle}
      </h2>
      {action.nextStatuses.length === 0 ? (
        <p className="text-sm text-slate-600">{m.finalStatus}</p>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">{m.statusLead}</span>
          {action.nextStatuses.map((status) => (
            <form key={status} action={form.action}>
              <Hidden locale={locale} id={action.id} />
              <input type="hidden" name="status" value={status} />
              <button type="submit" className={status === "DROPPED" ? `${button} text-red-800` : button}>
                {t.actionPages.moves[status]}
              </button>
            </form>
          ))}
        </div>
      )}
      {form.error ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {form.error}
        </p>
      ) : null}
    </section>
  );
}

export function ActionSpendingForm({ action, locale, t, form }: Props & { form: WorkForm }) {
  const m = t.actionPages.detail;
  return (
    <section aria-labelledby="action-spending" className={card}>
      <h2 id="action-spending" className="mb-1 font-semibold">
        {m.spendingTitle}
      </h2>
      <form action={form.action} className="flex flex-col gap-2" id="spentEuros">
        <Hidden locale={locale} id={action.id} />
        <label htmlFor="action-spent" className="font-medium">
          {m.spendingAmount}
        </label>
        <input
          id="action-spent"
          name="spentEuros"
          inputMode="decimal"
          required
          defaultValue={eurosField(action.spentCents)}
          aria-describedby={form.error ? "action-spent-hint action-spent-error" : "action-spent-hint"}
          aria-invalid={form.error ? true : undefined}
          className={`${inputClass} w-40`}
        />
        <FieldNotes id="action-spent" hint={m.spendingLead} error={form.error} />
        <div>
          <button type="submit" className={button}>
            {m.recordSpending}
          </button>
        </div>
      </form>
    </section>
  );
}

export function ActionPublishForms({
  action,
  locale,
  t,
  publish,
  unpublish,
}: Props & { publish: WorkForm; unpublish: WorkForm["action"] }) {
  const m = t.actionPages.detail;
  return (
    <section aria-labelledby="action-publish" className={card}>
      <h2 id="action-publish" className="mb-1 font-semibold">
        {m.publishTitle}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{m.publishLead}</p>
      <p className="mb-2 text-sm" data-testid="action-published">
        {action.publishedAt ? fmt(m.publishedOn, { date: formatDate(locale, action.publishedAt) }) : m.notPublished}
      </p>
      <form action={publish.action} className="flex max-w-2xl flex-col gap-2" id="summary">
        <Hidden locale={locale} id={action.id} />
        <label htmlFor="action-summary" className="font-medium">
          {m.summaryLabel}
        </label>
        <textarea
          id="action-summary"
          name="summary"
          rows={3}
          maxLength={2000}
          required
          defaultValue={action.publishedSummary ?? ""}
          aria-describedby={publish.error ? "action-summary-hint action-summary-error" : "action-summary-hint"}
          aria-invalid={publish.error ? true : undefined}
          className={inputClass}
        />
        <FieldNotes id="action-summary" hint={m.summaryHint} error={publish.error} />
        <div>
          <button type="submit" className={button}>
            {action.publishedAt ? m.republish : m.publish}
          </button>
        </div>
      </form>
      {action.publishedAt ? (
        <form action={unpublish} className="mt-2">
          <Hidden locale={locale} id={action.id} />
          <button type="submit" className={`${button} text-red-800`}>
            {m.unpublish}
          </button>
        </form>
      ) : null}
    </section>
  );
}
