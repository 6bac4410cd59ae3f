"use client";
// Revoke a secret token (API key, SCIM token) with confirmation: a disclosure holds the confirming
// button, so a stray click never revokes and the flow works without JavaScript.
import { useActionState } from "react";
import type { RevokeSecretTokenState } from "./form-states";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export type RevokeSecretTokenLabels = Pick<Messages["apiKeys"], "revoke" | "revokeConfirm" | "revokeConfirmButton">;

type Props = {
  id: string;
  name: string;
  /** The API keys' words, or the SCIM tokens' (the same three). */
  labels: RevokeSecretTokenLabels;
  action: (state: RevokeSecretTokenState, form: FormData) => Promise<RevokeSecretTokenState>;
};

export function RevokeSecretTokenForm({ id, name, labels, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-700 underline">{labels.revoke}</summary>
      <form action={formAction} className="mt-2 flex max-w-xs flex-col gap-2">
        <input type="hidden" name="id" value={id} />
        <p>{labels.revokeConfirm}</p>
        <button type="submit" disabled={pending} className="rounded bg-red-700 px-3 py-1 font-medium text-white disabled:opacity-60">
          {fmt(labels.revokeConfirmButton, { name })}
        </button>
        {state && !state.ok ? (
          <p role="alert" className="text-red-800">
            {state.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}
