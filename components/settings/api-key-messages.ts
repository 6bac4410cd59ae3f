// The API key action codes as sentences of the apiKeys namespace.
import type { Messages } from "@/lib/i18n/messages";

export type ApiKeyLabels = Messages["apiKeys"];

export function apiKeyErrorMessage(labels: ApiKeyLabels, code: "INVALID_NAME" | "FORBIDDEN" | "NOT_FOUND" | "UNEXPECTED"): string {
  if (code === "INVALID_NAME") return labels.errorInvalidName;
  if (code === "FORBIDDEN") return labels.errorForbidden;
  if (code === "NOT_FOUND") return labels.errorNotFound;
  return labels.errorUnexpected;
}
