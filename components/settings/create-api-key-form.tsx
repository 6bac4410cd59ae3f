"use client";
// Creates an API key and shows it once, with a copy button: after this render the key exists
// only as a hash (SECURITY.md), so the page says so plainly.
import { useActionState } from "react";
import type { CreateApiKeyState } from "@/app/[locale]/(app)/settings/api-keys/actions";
import { fmt } from "@/lib/i18n/format";
import { apiKeyErrorMessage, type ApiKeyLabels } from "./api-key-messages";
import { ApiKeyScopesField } from "./api-key-scopes-field";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = { labels: ApiKeyLabels; action: (state: CreateApiKeyState, form: FormData) => Promise<CreateApiKeyState> };

export function CreateApiKeyForm({ labels, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? apiKeyErrorMessage(labels, state.code) : null;
  return (
    <section aria-labelledby="new-key" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="new-key" className="mb-3 font-semibold">{labels.createTitle}</h2>
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-col gap-1">
          <label htmlFor="api-key-name" className="font-medium">{labels.name}</label>
          <input id="api-key-name" name="name" required maxLength={100} aria-describedby="api-key-name-hint" aria-invalid={state && !state.ok && state.code === "INVALID_NAME" ? true : undefined} className="rounded border border-slate-400 px-3 py-2" />
          <p id="api-key-name-hint" className="text-sm text-slate-600">{labels.nameHint}</p>
        </div>
        <ApiKeyScopesField labels={labels} invalid={state !== null && !state.ok && state.code === "INVALID_SCOPES"} />
        <button type="submit" disabled={pending} className="mb-6 rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? labels.creating : labels.create}
        </button>
      </form>
      {error ? <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p> : null}
      {state?.ok ? (
        <ShownOnceSecret key={state.data.key} title={fmt(labels.createdTitle, { name: state.data.name })} hint={labels.createdHint} value={state.data.key} copyLabel={labels.copy} copiedLabel={labels.copied} testId="new-api-key" />
      ) : null}
    </section>
  );
}
