"use client";
// The one action form, for creating and for editing: a plain form post to a server action (works
// without JavaScript). Success goes to the action's page; a refusal comes back with each field's
// sentence beside it and every value as typed, nothing stored. The summary takes the focus.
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { FormField, inputClass } from "@/components/settings/form-field";
import { TreeOptions } from "@/components/ui/notice";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ActionChoiceList } from "./action-choice-list";
import type { ActionFormChoices, ActionFormField, ActionFormState, ActionFormValues } from "./action-form-state";

type Props = {
  mode: "create" | "edit";
  locale: Locale;
  labels: Messages["actionPages"];
  choices: ActionFormChoices;
  initial: ActionFormValues;
  actionId?: string;
  cancelHref: string;
  action: (state: ActionFormState, form: FormData) => Promise<ActionFormState>;
};

const label = (locale: Locale, entry: { labelFr: string; labelEn: string }) => (locale === "fr" ? entry.labelFr : entry.labelEn);
const listOf = (value: string) => new Set(value.split(",").filter(Boolean));

/** People grouped by their team in the owner picker, teams in name order. */
function OwnerOptions({ people, labels }: { people: ActionFormChoices["people"]; labels: Messages["actionPages"] }) {
  const groups = new Map<string, ActionFormChoices["people"][number][]>();
  for (const person of people) groups.set(person.teamName ?? "", [...(groups.get(person.teamName ?? "") ?? []), person]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([team, members]) => (
      <optgroup key={team} label={team || labels.form.noOwner}>
        {members.map((person) => (
          <option key={person.membershipId} value={person.membershipId}>
            {person.teamName ? fmt(labels.form.ownerOption, { name: person.name, team: person.teamName }) : person.name}
          </option>
        ))}
      </optgroup>
    ));
}

export function ActionForm({ mode, locale, labels, choices, initial, actionId, cancelHref, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  const m = labels.form;
  const values: ActionFormValues = state && !state.ok && state.values ? { ...initial, ...state.values } : initial;
  const error = (field: ActionFormField) => (state && !state.ok ? (state.fieldErrors?.[field] ?? null) : null);
  const irritantSide = (side: "CUSTOMER" | "EMPLOYEE") =>
    new Set(choices.irritants.filter((irritant) => irritant.side === side).map((irritant) => irritant.id));
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      {state && !state.ok ? (
        <p ref={summary} tabIndex={-1} role="alert" className="mb-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.message}
          {state.fieldErrors?.form ? ` ${state.fieldErrors.form}` : ""}
        </p>
      ) : null}
      <form key={JSON.stringify(values)} action={formAction} noValidate className="grid max-w-3xl gap-4" data-testid="action-form">
        <input type="hidden" name="locale" value={locale} />
        {actionId ? <input type="hidden" name="actionId" value={actionId} /> : null}
        {mode === "create" ? (
          <>
            <input type="hidden" name="origin" value={values.origin} />
            <input type="hidden" name="followUpId" value={values.followUpId} />
          </>
        ) : null}
        <FormField id="action-title" label={m.title} hint={m.titleHint} error={error("title")}>
          {(input) => <input {...input} name="title" defaultValue={values.title} maxLength={200} required className={inputClass} />}
        </FormField>
        <FormField id="action-description" label={m.description} hint={m.descriptionHint} error={error("description")}>
          {(input) => <textarea {...input} name="description" defaultValue={values.description} rows={4} className={inputClass} />}
        </FormField>
        <FormField id="action-team" label={m.team} hint={m.teamHint} error={error("teamId")}>
          {(input) => (
            <select {...input} name="teamId" defaultValue={values.teamId} required className={inputClass}>
              <TreeOptions nodes={choices.teams} />
            </select>
          )}
        </FormField>
        <FormField id="action-owner" label={m.owner} hint={m.ownerHint} error={error("ownerId")}>
          {(input) => (
            <select {...input} name="ownerId" defaultValue={values.ownerId} className={inputClass}>
              <option value="">{m.noOwner}</option>
              <OwnerOptions people={choices.people} labels={labels} />
            </select>
          )}
        </FormField>
        <ActionChoiceList
          id="action-teams"
          name="teamIds"
          legend={m.teams}
          hint={m.teamsHint}
          error={error("teamIds")}
          options={choices.teams.map((team) => ({ value: team.id, label: `${"\u00a0\u00a0".repeat(team.depth)}${team.name}` }))}
          checked={listOf(values.teamIds)}
        />
        <ActionChoiceList
          id="action-irritants"
          name="irritantIds"
          legend={m.irritants}
          hint={m.irritantsHint}
          error={error("irritantIds")}
          options={choices.irritants.map((irritant) => ({ value: irritant.id, label: label(locale, irritant) }))}
          checked={listOf(values.irritantIds)}
          groups={[
            { title: m.customerSide, values: irritantSide("CUSTOMER") },
            { title: m.employeeSide, values: irritantSide("EMPLOYEE") },
          ]}
        />
        <ActionChoiceList
          id="action-items"
          name="itemIds"
          legend={m.items}
          hint={m.itemsHint}
          error={error("itemIds")}
          options={choices.items.map((item) => ({ value: item.id, label: locale === "fr" ? item.customerTextFr : item.customerTextEn }))}
          checked={listOf(values.itemIds)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="action-due-date" label={m.dueDate} hint={m.dueDateHint} error={error("dueDate")}>
            {(input) => <input {...input} type="date" name="dueDate" defaultValue={values.dueDate} className={inputClass} />}
          </FormField>
          <FormField id="action-budget" label={m.budget} hint={m.budgetHint} error={error("budgetEuros")}>
            {(input) => (
              <input {...input} name="budgetEuros" inputMode="decimal" defaultValue={values.budgetEuros} className={inputClass} />
            )}
          </FormField>
        </div>
        <div className="flex items-center gap-4">
          <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
            {mode === "create" ? (pending ? m.creating : m.create) : pending ? m.saving : m.save}
          </button>
          <Link href={cancelHref} className="underline">
            {m.cancel}
          </Link>
        </div>
      </form>
    </section>
  );
}
