"use client";
// Creates a SCIM token and shows it once, with a copy button: after this render the token exists
// only as a hash (docs/scim.md), so the page says so plainly.
import { useActionState } from "react";
import type { CreateScimTokenState } from "./form-states";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = { labels: Messages["scimTokens"]; action: (state: CreateScimTokenState, form: FormData) => Promise<CreateScimTokenState> };

export function CreateScimTokenForm({ labels, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  return (
    <section aria-labelledby="new-scim-token" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="new-scim-token" className="mb-3 font-semibold">
        {labels.createTitle}
      </h2>
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-col gap-1">
          <label htmlFor="scim-token-name" className="font-medium">
            {labels.name}
          </label>
          <input
            id="scim-token-name"
            name="name"
            required
            maxLength={100}
            aria-describedby="scim-token-name-hint"
            aria-invalid={failure?.code === "INVALID_INPUT" || undefined}
            className="rounded border border-slate-400 px-3 py-2"
          />
          <p id="scim-token-name-hint" className="text-sm text-slate-600">
            {labels.nameHint}
          </p>
        </div>
        <button type="submit" disabled={pending} className="mb-6 rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? labels.creating : labels.create}
        </button>
      </form>
      {failure ? (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {failure.message}
        </p>
      ) : null}
      {state?.ok ? (
        <ShownOnceSecret
          key={state.data.token}
          title={fmt(labels.createdTitle, { name: state.data.name })}
          hint={labels.createdHint}
          value={state.data.token}
          copyLabel={labels.copy}
          copiedLabel={labels.copied}
          testId="new-scim-token"
        />
      ) : null}
    </section>
  );
}
