// The webhook action codes as sentences of the webhooks namespace.
import type { WebhookErrorCode } from "./form-states";
import type { Messages } from "@/lib/i18n/messages";

export type WebhookLabels = Messages["webhooks"];

const keys: Record<WebhookErrorCode, keyof WebhookLabels> = {
  invalid: "errorInvalid",
  scheme: "errorScheme",
  credentials: "errorCredentials",
  port: "errorPort",
  address: "errorAddress",
  unresolvable: "errorUnresolvable",
  NO_WEBHOOK: "errorNoWebhook",
  UNEXPECTED: "errorUnexpected",
};

export function webhookErrorMessage(labels: WebhookLabels, code: WebhookErrorCode): string {
  return labels[keys[code]];
}
