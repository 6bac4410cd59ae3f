"use client";
// The customer's masked address and, for the assignee and CX, a button that asks the server for
// the full one (each reveal audited there). The address stays in this component's state: never in
// a URL, never in the page's HTML before someone asked.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/http/server-action";

type Reveal = (previous: unknown, form: FormData) => Promise<ActionResult<string | null>>;

export function RevealEmail(props: {
  id: string;
  locale: string;
  masked: string;
  canReveal: boolean;
  label: string;
  hint: string;
  action: Reveal;
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const shown = state && state.ok ? state.data : null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span data-testid="follow-up-email">{shown ?? props.masked}</span>
      {props.canReveal && !shown ? (
        <form action={formAction}>
          <input type="hidden" name="locale" value={props.locale} />
          <input type="hidden" name="id" value={props.id} />
          <button
            type="submit"
            disabled={pending}
            className="rounded border border-slate-400 px-3 py-1 text-sm font-medium"
            aria-describedby="reveal-hint"
          >
            {props.label}
          </button>
          <span id="reveal-hint" className="sr-only">
            {props.hint}
          </span>
        </form>
      ) : null}
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </div>
  );
}
