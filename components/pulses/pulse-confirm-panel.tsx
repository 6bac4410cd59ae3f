// The step before an irreversible pulse operation (issue 19 §4): launching says how many
// invitations will go (counted by the server from the target) and that a launched pulse can no
// longer be edited; deleting names the draft. A plain form posts the confirmation (works
// without JS); "Cancel" goes back to the pulse. The confirm button shows the post is running.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { PendingButton } from "./pending-button";

interface Props {
  t: Messages["pulses"];
  locale: Locale;
  pulseId: string;
  operation: "launch" | "delete";
  title: string;
  children: ReactNode;
  action: (form: FormData) => Promise<void>;
}

export function PulseConfirmPanel({ t, locale, pulseId, operation, title, children, action }: Props) {
  const launch = operation === "launch";
  return (
    <section
      aria-labelledby="pulse-confirm"
      className={`mb-8 rounded border-2 p-4 ${launch ? "border-blue-700 bg-blue-50" : "border-red-700 bg-red-50"}`}
      data-testid="pulse-confirm"
    >
      <h2 id="pulse-confirm" className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <form action={action} id={`pulse-${operation}-form`}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="pulseId" value={pulseId} />
          <input type="hidden" name="operation" value={operation} />
          <PendingButton
            label={launch ? t.launchConfirm : t.deleteConfirmButton}
            pendingLabel={launch ? t.launching : t.deleting}
            className={`rounded px-4 py-2 font-semibold text-white ${launch ? "bg-blue-700" : "bg-red-700"}`}
          />
        </form>
        <a className="rounded border border-slate-500 px-4 py-2" href={`/${locale}/pulses/manage/${pulseId}`}>
          {t.cancel}
        </a>
      </div>
    </section>
  );
}
