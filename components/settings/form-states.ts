// The states the settings forms and their server actions (app/[locale]/(app)/settings/**)
// hand each other: defined here so the components need not import app/.
import type { ActionResult } from "@/lib/http/server-action";
import { settingsFields, type SettingsField } from "@/lib/organisations/settings-schema";

/** What the form showed, as typed: redrawn as is after an error (nothing is lost). */
export type SettingsFormValues = Record<SettingsField, string>;

/** Saved settings as the form posts them: a ticked checkbox is "on", an unticked one "". */
export function settingsFormValues(settings: Record<SettingsField, string | number | boolean>): SettingsFormValues {
  const text = (value: string | number | boolean) => (typeof value === "boolean" ? (value ? "on" : "") : String(value));
  return Object.fromEntries(settingsFields.map((field) => [field, text(settings[field])])) as SettingsFormValues;
}

export type SettingsFormState = ActionResult<{ changed: number; values: SettingsFormValues }> | null;

/** A new API key or SCIM token: `secret` is shown once, never retrievable again. */
export type CreateSecretTokenState = ActionResult<{ name: string; prefix: string; secret: string }> | null;
export type RevokeSecretTokenState = ActionResult<{ id: string }> | null;

/** A refused address fails with its UrlProblem as the code and the sentence beside the field. */
export type WebhookUrlState = ActionResult<{ url: string; secret: string | null }> | null;
/** The one-button forms (new secret, test event, removal); only a new secret carries `secret`. */
export type WebhookButtonState = ActionResult<{ secret?: string }> | null;

export type SaveSsoSettingsState = ActionResult<{ saved: boolean }> | null;
export type RemoveSsoSettingsState = ActionResult<{ removed: boolean }> | null;
