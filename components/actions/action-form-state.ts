// What the action form and its server action (app/[locale]/(app)/actions/actions.ts) hand each
// other, defined here so the component need not import app/. Values travel as the form typed them;
// a list of checkboxes as its ids joined by commas.
import type { ActionPrefill } from "@/lib/actions/action-url-params";
import type { ActionResult } from "@/lib/http/server-action";
import type { Locale } from "@/lib/i18n/config";

export const ACTION_FORM_FIELDS = [
  "title",
  "description",
  "teamId",
  "ownerId",
  "teamIds",
  "irritantIds",
  "itemIds",
  "dueDate",
  "budgetEuros",
  "origin",
  "followUpId",
] as const;
export type ActionFormField = (typeof ACTION_FORM_FIELDS)[number];
export type ActionFormValues = Record<ActionFormField, string>;

/** The checkbox lists among the fields: repeated in the form, joined by commas in the values. */
export const LIST_FIELDS: ReadonlySet<ActionFormField> = new Set(["teamIds", "irritantIds", "itemIds"]);

/** Success redirects to the action's page, so only a refusal ever comes back. */
export type ActionFormState = ActionResult<never> | null;

/** What the form shows as typed after a refusal: every field, lists joined by commas. */
export function actionFormValues(form: FormData): ActionFormValues {
  const text = (field: ActionFormField) =>
    LIST_FIELDS.has(field)
      ? form
          .getAll(field)
          .filter((value) => typeof value === "string")
          .join(",")
      : String(form.get(field) ?? "");
  return Object.fromEntries(ACTION_FORM_FIELDS.map((field) => [field, text(field)])) as ActionFormValues;
}

export const emptyActionFormValues = (): ActionFormValues =>
  Object.fromEntries(ACTION_FORM_FIELDS.map((field) => [field, ""])) as ActionFormValues;

/** The people, teams and catalogue the form offers (the data layer's form options). */
export interface ActionFormChoices {
  teams: ReadonlyArray<{ id: string; name: string; depth: number }>;
  people: ReadonlyArray<{ membershipId: string; name: string; teamName: string | null }>;
  irritants: ReadonlyArray<{ id: string; side: "CUSTOMER" | "EMPLOYEE"; labelFr: string; labelEn: string }>;
  /** Item pairs, named by their customer statement. */
  items: ReadonlyArray<{ id: string; customerTextFr: string; customerTextEn: string }>;
}

/** The form's first values from a dashboard link, kept only where the choices know the ids. */
export function prefilledValues(prefill: ActionPrefill, choices: ActionFormChoices, locale: Locale): ActionFormValues {
  // In the link's order: the title comes from the first id it names (the irritant clicked).
  const known = <T extends { id: string }>(list: ReadonlyArray<T>, ids: string[]) =>
    ids.flatMap((id) => list.find((entry) => entry.id === id) ?? []);
  const irritants = known(choices.irritants, prefill.irritantIds);
  const items = known(choices.items, prefill.itemIds);
  const teamId = choices.teams.find((team) => team.id === prefill.teamId)?.id ?? choices.teams[0]?.id ?? "";
  const first = irritants[0]
    ? { fr: irritants[0].labelFr, en: irritants[0].labelEn }
    : items[0]
      ? { fr: items[0].customerTextFr, en: items[0].customerTextEn }
      : null;
  return {
    ...emptyActionFormValues(),
    title: first ? first[locale] : "",
    teamId,
    teamIds: teamId,
    irritantIds: irritants.map((irritant) => irritant.id).join(","),
    itemIds: items.map((item) => item.id).join(","),
    origin: prefill.origin,
    followUpId: prefill.followUpId ?? "",
  };
}
