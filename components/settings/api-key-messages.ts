// The API key action codes as sentences of the apiKeys namespace.
import type { Messages } from "@/lib/i18n/messages";

export type ApiKeyLabels = Messages["apiKeys"];

export function apiKeyErrorMessage(labels: ApiKeyLabels, code: "INVALID_NAME" | "INVALID_SCOPES" | "FORBIDDEN" | "NOT_FOUND" | "UNEXPECTED"): string {
  if (code === "INVALID_NAME") return labels.errorInvalidName;
  if (code === "INVALID_SCOPES") return labels.errorInvalidScopes;
  if (code === "FORBIDDEN") return labels.errorForbidden;
  if (code === "NOT_FOUND") return labels.errorNotFound;
  return labels.errorUnexpected;
}
