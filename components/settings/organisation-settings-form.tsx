"use client";
// The organisation settings form (ADMIN): a plain form post to a server action, so it works
// without JavaScript; refused input comes back with each field's error beside it, the values
// as typed, and nothing saved. The error summary takes the focus so it is announced.
import { useActionState, useEffect, useRef } from "react";
import type { SettingsFormState, SettingsFormValues } from "./form-states";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { SettingsField } from "@/lib/organisations/settings-schema";
import { BrandColourField } from "./brand-colour-field";
import { SyncEventsField } from "./sync-events-field";
import { FormField, inputClass } from "./form-field";

type Labels = Messages["settings"];
type Props = {
  locale: Locale;
  labels: Labels;
  initial: SettingsFormValues;
  action: (state: SettingsFormState, form: FormData) => Promise<SettingsFormState>;
};

const numberFields = [
  { field: "minGroupSize", id: "settings-min-group-size", min: 3, max: 1000, hint: "minGroupSizeHint" },
  { field: "minVerbatimGroupSize", id: "settings-min-verbatim-group-size", min: 3, max: 1000, hint: "minVerbatimGroupSizeHint" },
  { field: "minCustomerResponses", id: "settings-min-customer-responses", min: 1, max: 1000, hint: "minCustomerResponsesHint" },
  { field: "linkExpiryDays", id: "settings-link-expiry-days", min: 1, max: 365, hint: "linkExpiryDaysHint" },
] as const satisfies ReadonlyArray<{ field: SettingsField; id: string; min: number; max: number; hint: keyof Labels }>;

export function OrganisationSettingsForm({ locale, labels, initial, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  const values: SettingsFormValues = state?.ok ? state.data.values : { ...initial, ...state?.values };
  const error = (field: SettingsField) => (state && !state.ok ? (state.fieldErrors?.[field] ?? null) : null);
  return (
    <section aria-labelledby="organisation-settings" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="organisation-settings" className="mb-3 font-semibold">
        {labels.organisation}
      </h2>
      {state && !state.ok ? (
        <p ref={summary} tabIndex={-1} role="alert" className="mb-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.message}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="mb-3 rounded border border-emerald-300 bg-emerald-50 px-3 py-2">
          {state.data.changed > 0 ? labels.saved : labels.unchanged}
        </p>
      ) : null}
      {/* Keyed on the values: after each answer the fields start again from what it says. */}
      <form key={JSON.stringify(values)} id="organisation-settings-form" action={formAction} noValidate className="grid max-w-xl gap-4">
        <FormField id="settings-name" label={labels.name} hint={labels.nameHint} error={error("name")}>
          {(input) => (
            <input
              {...input}
              name="name"
              defaultValue={values.name}
              maxLength={100}
              required
              autoComplete="organization"
              className={inputClass}
            />
          )}
        </FormField>
        <BrandColourField locale={locale} labels={labels} initial={values.brandColor} error={error("brandColor")} sample={values.name} />
        {numberFields.map(({ field, id, min, max, hint }) => (
          <FormField key={field} id={id} label={labels[field]} hint={labels[hint]} error={error(field)}>
            {(input) => (
              <input
                {...input}
                name={field}
                type="number"
                inputMode="numeric"
                step={1}
                min={min}
                max={max}
                defaultValue={values[field]}
                required
                className={`${inputClass} w-32`}
              />
            )}
          </FormField>
        ))}
        <SyncEventsField labels={labels} checked={values.syncCreatesEvents === "on"} error={error("syncCreatesEvents")} />
        <div>
          <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
            {pending ? labels.saving : labels.save}
          </button>
        </div>
      </form>
    </section>
  );
}
