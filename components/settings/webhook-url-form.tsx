"use client";
// The webhook address: saved only after the server's SSRF guard; a refusal says why beside the
// field. The first save also creates the signing secret, shown once here.
import { useActionState } from "react";
import type { WebhookUrlState } from "./form-states";
import type { Messages } from "@/lib/i18n/messages";
import { FormField, inputClass } from "./form-field";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = {
  labels: Messages["webhooks"];
  current: string | null;
  action: (state: WebhookUrlState, form: FormData) => Promise<WebhookUrlState>;
};

export function WebhookUrlForm({ labels, current, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.fieldErrors?.url ?? state.message) : null;
  const value = state?.ok ? state.data.url : (state?.values?.url ?? current ?? "");
  return (
    <div>
      <form key={value} action={formAction} noValidate className="flex flex-wrap items-start gap-3">
        <div className="min-w-72 flex-1">
          <FormField id="webhook-url" label={labels.url} hint={labels.urlHint} error={error}>
            {(input) => (
              <input
                {...input}
                name="url"
                type="url"
                inputMode="url"
                defaultValue={value}
                maxLength={2000}
                required
                placeholder="https://"
                className={`${inputClass} w-full`}
              />
            )}
          </FormField>
        </div>
        <button type="submit" disabled={pending} className="mt-7 rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? labels.savingUrl : labels.saveUrl}
        </button>
      </form>
      {state?.ok ? (
        <p role="status" className="mt-2 text-sm text-emerald-800">
          {labels.urlSaved}
        </p>
      ) : null}
      {state?.ok && state.data.secret ? (
        <ShownOnceSecret
          key={state.data.secret}
          title={labels.secretCreatedTitle}
          hint={labels.secretCreatedHint}
          value={state.data.secret}
          copyLabel={labels.copy}
          copiedLabel={labels.copied}
          testId="new-webhook-secret"
        />
      ) : null}
    </div>
  );
}
