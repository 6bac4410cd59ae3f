"use client";
// Creates an API key: the secret-token form with the key's scopes beside its name.
import type { CreateSecretTokenState } from "./form-states";
import type { Messages } from "@/lib/i18n/messages";
import { ApiKeyScopesField } from "./api-key-scopes-field";
import { CreateSecretTokenForm, type CreateSecretTokenFailure } from "./create-secret-token-form";

type Props = { labels: Messages["apiKeys"]; action: (state: CreateSecretTokenState, form: FormData) => Promise<CreateSecretTokenState> };

const refuses = (failure: CreateSecretTokenFailure | null, field: "name" | "scopes") =>
  failure?.code === "INVALID_INPUT" && Boolean(failure.fieldErrors?.[field]);

export function CreateApiKeyForm({ labels, action }: Props) {
  return (
    <CreateSecretTokenForm
      labels={labels}
      action={action}
      idPrefix="api-key"
      headingId="new-key"
      extraFields={(failure) => <ApiKeyScopesField labels={labels} invalid={refuses(failure, "scopes")} />}
      nameInvalid={(failure) => refuses(failure, "name")}
      // The wrapper's sentence speaks of the name; a refusal on the scopes alone says what is missing.
      errorOf={(failure) => (refuses(failure, "scopes") && !refuses(failure, "name") ? labels.errorInvalidScopes : failure.message)}
    />
  );
}
