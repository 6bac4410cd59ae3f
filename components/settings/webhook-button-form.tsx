"use client";
// A one-button webhook form (new secret, test event, removal), optionally behind a disclosure
// that holds the confirming button, so a stray click changes nothing; works without JavaScript.
import { useActionState } from "react";
import type { WebhookButtonState } from "./form-states";
import type { Messages } from "@/lib/i18n/messages";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = {
  labels: Messages["webhooks"];
  action: (state: WebhookButtonState, form: FormData) => Promise<WebhookButtonState>;
  submit: string;
  pending: string;
  done: string;
  hint?: string;
  /** Shows the button only after opening a disclosure with this summary. */
  confirm?: { summary: string; text: string };
};

export function WebhookButtonForm({ labels, action, submit, pending, done, hint, confirm }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  const danger = confirm !== undefined;
  const form = (
    <form action={formAction} className="flex flex-col items-start gap-2">
      {confirm ? <p className="text-sm">{confirm.text}</p> : null}
      <button
        type="submit"
        disabled={isPending}
        className={`rounded px-3 py-2 font-medium disabled:opacity-60 ${danger ? "bg-red-700 text-white" : "border border-slate-400 bg-white"}`}
      >
        {isPending ? pending : submit}
      </button>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
    </form>
  );
  return (
    <div>
      {confirm ? (
        <details>
          <summary className="cursor-pointer text-red-700 underline">{confirm.summary}</summary>
          <div className="mt-2">{form}</div>
        </details>
      ) : (
        form
      )}
      {state && !state.ok ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      {state?.ok && !state.data.secret ? (
        <p role="status" className="mt-2 text-sm text-emerald-800">
          {done}
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
