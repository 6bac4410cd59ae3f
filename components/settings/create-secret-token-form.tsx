"use client";
// Creates a secret token (API key, SCIM token) and shows it once, with a copy button: after this
// render it exists only as a hash (docs/security.md "API keys", docs/scim.md), so the page says so
// plainly. A kind with more to choose (the API keys' scopes) adds its fields beside the name.
import { useActionState, type ReactNode } from "react";
import type { CreateSecretTokenState } from "./form-states";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ShownOnceSecret } from "./shown-once-secret";

export type CreateSecretTokenFailure = Extract<NonNullable<CreateSecretTokenState>, { ok: false }>;

type Props = {
  labels: Pick<
    Messages["apiKeys"],
    "createTitle" | "name" | "nameHint" | "create" | "creating" | "createdTitle" | "createdHint" | "copy" | "copied"
  >;
  action: (state: CreateSecretTokenState, form: FormData) => Promise<CreateSecretTokenState>;
  /** Names the elements: `<idPrefix>-name`, the form `create-<idPrefix>-form`, the secret's test id `new-<idPrefix>`. */
  idPrefix: string;
  headingId: string;
  /** Fields beside the name, marked from the failure. */
  extraFields?: (failure: CreateSecretTokenFailure | null) => ReactNode;
  /** Whether a failure is the name's (by default any invalid input: the name is the only field). */
  nameInvalid?: (failure: CreateSecretTokenFailure) => boolean;
  /** The sentence a failure shows (by default its message). */
  errorOf?: (failure: CreateSecretTokenFailure) => string;
};

export function CreateSecretTokenForm({ labels, action, idPrefix, headingId, extraFields, nameInvalid, errorOf }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const invalid = failure ? (nameInvalid ? nameInvalid(failure) : failure.code === "INVALID_INPUT") : false;
  const error = failure ? (errorOf ? errorOf(failure) : failure.message) : null;
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id={headingId} className="mb-3 font-semibold">
        {labels.createTitle}
      </h2>
      <form id={`create-${idPrefix}-form`} action={formAction} className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-col gap-1">
          <label htmlFor={`${idPrefix}-name`} className="font-medium">
            {labels.name}
          </label>
          <input
            id={`${idPrefix}-name`}
            name="name"
            required
            maxLength={100}
            aria-describedby={`${idPrefix}-name-hint`}
            aria-invalid={invalid || undefined}
            className="rounded border border-slate-400 px-3 py-2"
          />
          <p id={`${idPrefix}-name-hint`} className="text-sm text-slate-600">
            {labels.nameHint}
          </p>
        </div>
        {extraFields?.(failure)}
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
          key={state.data.secret}
          title={fmt(labels.createdTitle, { name: state.data.name })}
          hint={labels.createdHint}
          value={state.data.secret}
          copyLabel={labels.copy}
          copiedLabel={labels.copied}
          testId={`new-${idPrefix}`}
        />
      ) : null}
    </section>
  );
}
