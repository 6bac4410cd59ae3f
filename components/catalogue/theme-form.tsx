"use client";
// One theme's edit form on the catalogue's themes page (issue 15 §2): FR/EN labels, FR/EN
// keywords (one per line or comma separated) and active. After a save, the number of customer
// comments it now matches; after a refusal, each field's sentence and what was typed.
import { useActionState } from "react";
import { FormField, inputClass } from "@/components/settings/form-field";
import type { ThemeDto } from "@/lib/db/themes/list-theme-pairs";
import type { ActionResult } from "@/lib/http/server-action";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Labels = Messages["comments"]["catalogue"];
type Action = (previous: unknown, form: FormData) => Promise<ActionResult<{ matchedComments: number | null }>>;
type Field = "labelFr" | "labelEn" | "keywordsFr" | "keywordsEn";

function Outcome({ state, labels }: { state: ActionResult<{ matchedComments: number | null }> | null; labels: Labels }) {
  if (!state) return null;
  if (state.ok) {
    const n = state.data.matchedComments;
    return (
      <p role="status" className="text-sm font-medium text-green-800" data-testid="theme-saved">
        {n === null ? labels.savedEmployee : fmt(labels.saved, { n })}
      </p>
    );
  }
  return (
    <p role="alert" className="text-sm font-medium text-red-800">
      {state.message}
    </p>
  );
}

export function ThemeForm({ theme, label, labels, action }: { theme: ThemeDto; label: string; labels: Labels; action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const initial: Record<Field, string> = {
    labelFr: theme.labelFr,
    labelEn: theme.labelEn,
    keywordsFr: theme.keywordsFr.join("\n"),
    keywordsEn: theme.keywordsEn.join("\n"),
  };
  const value = (field: Field) => failed?.values?.[field] ?? initial[field];
  const error = (field: Field) => failed?.fieldErrors?.[field] ?? null;
  const id = (field: string) => `theme-${theme.id}-${field}`;
  return (
    <form action={formAction} key={JSON.stringify([theme, failed?.values])} className="grid gap-3" data-testid={`theme-${theme.key}`}>
      <input type="hidden" name="id" value={theme.id} />
      {(["labelFr", "labelEn"] as const).map((field) => (
        <FormField key={field} id={id(field)} label={labels[field]} hint="" error={error(field)}>
          {(props) => <input {...props} name={field} defaultValue={value(field)} maxLength={120} required className={inputClass} />}
        </FormField>
      ))}
      {(["keywordsFr", "keywordsEn"] as const).map((field) => (
        <FormField key={field} id={id(field)} label={labels[field]} hint={labels.keywordsHint} error={error(field)}>
          {(props) => <textarea {...props} name={field} defaultValue={value(field)} rows={5} className={inputClass} />}
        </FormField>
      ))}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="active" defaultChecked={theme.active} />
        {labels.active}
      </label>
      <button
        type="submit"
        disabled={pending}
        className="justify-self-start rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {fmt(labels.save, { label })}
      </button>
      <Outcome state={state} labels={labels} />
    </form>
  );
}
