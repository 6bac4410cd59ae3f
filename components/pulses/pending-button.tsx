"use client";
// A submit button that shows its form is working (issue 19 §4): disabled, aria-busy and a
// "…ing" label while the post runs, so a second click sends nothing more. Without JavaScript
// it is a plain submit button.
import { useFormStatus } from "react-dom";

interface Props {
  label: string;
  pendingLabel: string;
  className: string;
  /** Also pending while an enclosing useActionState form runs. */
  busy?: boolean;
}

export function PendingButton({ label, pendingLabel, className, busy = false }: Props) {
  const { pending } = useFormStatus();
  const working = pending || busy;
  return (
    <button type="submit" className={`${className} disabled:opacity-70`} disabled={working} aria-busy={working}>
      {working ? pendingLabel : label}
    </button>
  );
}
