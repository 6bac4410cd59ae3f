// The settings page's detractor webhook: address (SSRF-guarded), signing secret (shown once;
// replacing a set one is confirmed first, as it breaks the receiver until updated), test event,
// removal (confirmed), and the recent deliveries.
import type { WebhookButtonState, WebhookUrlState } from "./form-states";
import type { WebhookDeliveryDto } from "@/lib/db/webhook-deliveries/list-webhook-deliveries";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { WebhookButtonForm } from "./webhook-button-form";
import { WebhookDeliveriesTable } from "./webhook-deliveries-table";
import { WebhookUrlForm } from "./webhook-url-form";

type ButtonAction = (state: WebhookButtonState, form: FormData) => Promise<WebhookButtonState>;

type Props = {
  locale: Locale;
  labels: Messages["webhooks"];
  webhookUrl: string | null;
  secretSet: boolean;
  deliveries: WebhookDeliveryDto[];
  actions: {
    saveUrl: (state: WebhookUrlState, form: FormData) => Promise<WebhookUrlState>;
    rotate: ButtonAction;
    test: ButtonAction;
    remove: ButtonAction;
  };
};

export function WebhookSection({ locale, labels, webhookUrl, secretSet, deliveries, actions }: Props) {
  return (
    <section aria-labelledby="webhook" className="grid gap-5 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div>
        <h2 id="webhook" className="font-semibold">
          {labels.title}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{labels.intro}</p>
        {webhookUrl ? null : <p className="mt-2 text-sm font-medium">{labels.notConfigured}</p>}
      </div>
      <WebhookUrlForm labels={labels} current={webhookUrl} action={actions.saveUrl} />
      <div>
        <h3 className="font-semibold">{labels.secretTitle}</h3>
        <p className="mb-2 text-sm text-slate-600">{secretSet ? labels.secretSet : labels.secretMissing}</p>
        <WebhookButtonForm
          labels={labels}
          action={actions.rotate}
          submit={secretSet ? labels.rotateConfirmButton : labels.rotate}
          pending={labels.rotating}
          done={labels.secretCreatedTitle}
          hint={labels.rotateHint}
          confirm={secretSet ? { summary: labels.rotateOpen, text: labels.rotateConfirm } : undefined}
        />
      </div>
      {webhookUrl ? (
        <div className="flex flex-wrap items-start gap-6">
          <WebhookButtonForm labels={labels} action={actions.test} submit={labels.test} pending={labels.testing} done={labels.testQueued} />
          <WebhookButtonForm
            labels={labels}
            action={actions.remove}
            submit={labels.removeConfirmButton}
            pending={labels.removeConfirmButton}
            done={labels.removed}
            confirm={{ summary: labels.remove, text: labels.removeConfirm }}
          />
        </div>
      ) : null}
      <WebhookDeliveriesTable deliveries={deliveries} locale={locale} labels={labels} />
    </section>
  );
}
