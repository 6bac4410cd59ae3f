"use client";
// Creates an API key and shows it once, with a copy button: after this render the key exists
// only as a hash (docs/security.md "API keys"), so the page says so plainly.
import { useActionState } from "react";
import type { CreateApiKeyState } from "./form-states";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ApiKeyScopesField } from "./api-key-scopes-field";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = { labels: Messages["apiKeys"]; action: (state: CreateApiKeyState, form: FormData) => Promise<CreateApiKeyState> };

export function CreateApiKeyForm({ labels, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const nameInvalid = failure?.code === "INVALID_INPUT" && Boolean(failure.fieldErrors?.name);
  const scopesInvalid = failure?.code === "INVALID_INPUT" && Boolean(failure.fieldErrors?.scopes);
  // The wrapper's sentence speaks of the name; a refusal on the scopes alone says what is missing.
  const error = failure ? (scopesInvalid && !nameInvalid ? labels.errorInvalidScopes : failure.message) : null;
  return (
    <section aria-labelledby="new-key" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="new-key" className="mb-3 font-semibold">
        {labels.createTitle}
      </h2>
      <form id="create-api-key-form" action={formAction} className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-col gap-1">
          <label htmlFor="api-key-name" className="font-medium">
            {labels.name}
          </label>
          <input
            id="api-key-name"
            name="name"
            required
            maxLength={100}
            aria-describedby="api-key-name-hint"
            aria-invalid={nameInvalid || undefined}
            className="rounded border border-slate-400 px-3 py-2"
          />
          <p id="api-key-name-hint" className="text-sm text-slate-600">
            {labels.nameHint}
          </p>
        </div>
        <ApiKeyScopesField labels={labels} invalid={scopesInvalid} />
        <button type="submit" disabled={pending} className="mb-6 rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? labels.creating : labels.create}
        </button>
      </form>
      {error ? (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      ) : null}
      {state?.ok ? (
        <ShownOnceSecret
          key={state.data.key}
          title={fmt(labels.createdTitle, { name: state.data.name })}
          hint={labels.createdHint}
          value={state.data.key}
          copyLabel={labels.copy}
          copiedLabel={labels.copied}
          testId="new-api-key"
        />
      ) : null}
    </section>
  );
}
