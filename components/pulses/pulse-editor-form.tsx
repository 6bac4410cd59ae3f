"use client";
// HR's pulse form, for a new pulse and for editing a draft (issue 19 §4): the whole organisation
// or a subtree, the window, the cadence, the reminder plan (0 to 2, days before closing) and the
// questions. A refusal comes back with its reasons
// on top (focused, so it is announced) and the values as typed; a duplicate name is a warning
// HR may override with « Garder ce nom ». The button shows the post is running.
import { useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { pulseInputFields } from "@/lib/pulses/pulse-schema";
import { PendingButton } from "./pending-button";
import type { PulseEditorState, PulseFormValues } from "./pulse-form-values";
import { TeamOptions } from "./team-options";

type T = Messages["pulses"];

const errorText: Record<string, keyof T> = {
  name: "errorName",
  teamId: "errorTeam",
  dates: "errorDates",
  cadence: "errorCadence",
  reminders: "errorReminders",
  remindersOpening: "errorRemindersOpening",
};

interface Props {
  t: T;
  locale: Locale;
  teams: Array<{ id: string; name: string; depth: number }>;
  initial: PulseFormValues;
  /** The draft edited; absent for a new pulse. */
  pulseId?: string;
  action: (state: PulseEditorState, form: FormData) => Promise<PulseEditorState>;
}

export function PulseEditorForm({ t, locale, teams, initial, pulseId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  const values: PulseFormValues = { ...initial, ...(state && !state.ok ? state.values : {}) };
  const failure = state && !state.ok ? state : null;
  const fields = failure?.fieldErrors ? pulseInputFields(Object.keys(failure.fieldErrors)) : [];
  const duplicate = failure?.code === "DUPLICATE_NAME";
  const prefix = pulseId ? "edit" : "new";
  const field = "mt-1 block w-full max-w-md rounded border border-slate-400 px-3 py-2";
  return (
    <>
      {failure ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="mb-4 rounded border-2 border-red-700 p-3 text-red-800"
          data-testid="pulse-errors"
        >
          {fields.length && !duplicate ? (
            <ul>
              {fields.map((f) => (
                <li key={f}>{t[errorText[f]!]}</li>
              ))}
            </ul>
          ) : (
            <p>{failure.message}</p>
          )}
        </div>
      ) : null}
      {/* Keyed on the answer: after each one the fields start again from what it kept. */}
      <form key={JSON.stringify(values)} action={formAction} className="space-y-4" aria-busy={pending}>
        <input type="hidden" name="locale" value={locale} />
        {pulseId ? <input type="hidden" name="pulseId" value={pulseId} /> : null}
        <label className="block">
          {t.name}
          <input
            name="name"
            required
            minLength={3}
            maxLength={120}
            defaultValue={values.name}
            className={field}
            aria-invalid={fields.includes("name") || duplicate}
          />
        </label>
        {duplicate ? (
          <label className="flex items-center gap-2 rounded border border-amber-600 bg-amber-50 p-2">
            <input type="checkbox" name="allowDuplicateName" />
            {t.allowDuplicateName}
          </label>
        ) : null}
        <label className="block">
          {t.teams}
          <select name="teamId" className={field} defaultValue={values.teamId} aria-invalid={fields.includes("teamId")}>
            <TeamOptions whole={t.targetWhole} teams={teams} />
          </select>
        </label>
        <div className="flex flex-wrap gap-4">
          <label className="block" htmlFor={`${prefix}-opens`}>
            {t.opensAt}
            <input id={`${prefix}-opens`} type="date" name="opensOn" defaultValue={values.opensOn} required className={field} />
          </label>
          <label className="block" htmlFor={`${prefix}-closes`}>
            {t.closesAt}
            <input id={`${prefix}-closes`} type="date" name="closesOn" defaultValue={values.closesOn} required className={field} />
          </label>
        </div>
        <label className="block">
          {t.cadence}
          <select name="cadence" className={field} defaultValue={values.cadence}>
            <option value="ONE_OFF">{t.cadenceONE_OFF}</option>
            <option value="MONTHLY">{t.cadenceMONTHLY}</option>
            <option value="QUARTERLY">{t.cadenceQUARTERLY}</option>
          </select>
        </label>
        <fieldset aria-describedby={`${prefix}-reminders-hint`}>
          <legend>{t.reminders}</legend>
          <p id={`${prefix}-reminders-hint`} className="text-sm text-slate-600">
            {t.remindersHint}
          </p>
          <div className="flex flex-wrap gap-4">
            {(["reminder1", "reminder2"] as const).map((name) => (
              <label key={name} className="block">
                {name === "reminder1" ? t.reminderFirst : t.reminderSecond}
                <input
                  type="number"
                  name={name}
                  min={1}
                  max={365}
                  step={1}
                  inputMode="numeric"
                  defaultValue={values[name]}
                  className={field}
                  aria-invalid={fields.includes("reminders") || fields.includes("remindersOpening")}
                />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.questions}</legend>
          {(["includeItems", "includeIrritants", "includeSuggestion"] as const).map((name) => (
            <label key={name} className="mr-4 inline-flex items-center gap-2">
              <input type="checkbox" name={name} defaultChecked={values[name] === "on"} />
              {t[name]}
            </label>
          ))}
        </fieldset>
        <PendingButton
          busy={pending}
          label={pulseId ? t.save : t.create}
          pendingLabel={pulseId ? t.saving : t.creating}
          className="rounded bg-blue-700 px-4 py-2 font-semibold text-white"
        />
      </form>
    </>
  );
}
