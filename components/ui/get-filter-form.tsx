// A filter form's frame: a GET form (the URL holds the filters, works without JavaScript) with
// its fields in a wrapping row, the submit button, a reset link and an optional hint below.
import Link from "next/link";
import type { ReactNode } from "react";

type Props = { action: string; label: string; apply: string; reset: string; hint?: { id: string; text: string }; children: ReactNode };

export function GetFilterForm({ action, label, apply, reset, hint, children }: Props) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className="mb-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-end gap-4">
        {children}
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {apply}
        </button>
        <Link href={action} className="text-sm underline">
          {reset}
        </Link>
      </div>
      {hint ? (
        <p id={hint.id} className="mt-2 text-xs text-slate-600">
          {hint.text}
        </p>
      ) : null}
    </form>
  );
}
