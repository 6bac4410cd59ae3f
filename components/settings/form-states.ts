// The states the settings forms and their server actions (app/[locale]/(app)/settings/**)
// hand each other: defined here so the components need not import app/.
import type { ActionResult } from "@/lib/http/server-action";
import type { SettingsField } from "@/lib/organisations/settings-schema";

/** What the form showed, as typed: redrawn as is after an error (nothing is lost). */
export type SettingsFormValues = Record<SettingsField, string>;

export type SettingsFormState = ActionResult<{ changed: number; values: SettingsFormValues }> | null;

export type CreateApiKeyState = ActionResult<{ name: string; prefix: string; key: string }> | null;
export type RevokeApiKeyState = ActionResult<{ id: string }> | null;

/** A refused address fails with its UrlProblem as the code and the sentence beside the field. */
export type WebhookUrlState = ActionResult<{ url: string; secret: string | null }> | null;
/** The one-button forms (new secret, test event, removal); only a new secret carries `secret`. */
export type WebhookButtonState = ActionResult<{ secret?: string }> | null;
