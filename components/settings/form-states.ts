// The states the settings forms and their server actions (app/[locale]/(app)/settings/**)
// hand each other: defined here so the components need not import app/.
import type { SettingsField, SettingsFieldErrors } from "@/lib/organisations/settings-schema";
import type { UrlProblem } from "@/lib/webhooks/url-policy";

/** What the form showed, as typed: redrawn as is after an error (nothing is lost). */
export type SettingsFormValues = Record<SettingsField, string>;

export type SettingsFormState =
  | { ok: true; changed: number; values: SettingsFormValues }
  | { ok: false; code: "INVALID_INPUT" | "UNEXPECTED"; fieldErrors: SettingsFieldErrors; values: SettingsFormValues }
  | null;

export type ApiKeyActionCode = "INVALID_NAME" | "FORBIDDEN" | "NOT_FOUND" | "UNEXPECTED";

export type CreateApiKeyState = { ok: true; data: { name: string; prefix: string; key: string } } | { ok: false; code: ApiKeyActionCode } | null;
export type RevokeApiKeyState = { ok: true; data: { id: string } } | { ok: false; code: ApiKeyActionCode } | null;

export type WebhookErrorCode = UrlProblem | "NO_WEBHOOK" | "UNEXPECTED";
export type WebhookUrlState = { ok: true; url: string; secret: string | null } | { ok: false; code: WebhookErrorCode; url: string } | null;
/** The one-button forms (new secret, test event, removal); only a new secret carries `secret`. */
export type WebhookButtonState = { ok: true; secret?: string } | { ok: false; code: WebhookErrorCode } | null;
