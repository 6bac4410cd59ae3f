// The scope checkboxes of the new-key form (issue 11 §5): one per scope, none ticked, so an
// administrator grants each right on purpose. Native inputs: the form posts `scopes` repeatedly.
import { apiScopes } from "@/lib/auth/api-scopes";
import type { Messages } from "@/lib/i18n/messages";

type ApiKeyLabels = Messages["apiKeys"];

export function ApiKeyScopesField({ labels, invalid }: { labels: ApiKeyLabels; invalid: boolean }) {
  return (
    <fieldset aria-describedby="api-key-scopes-hint" aria-invalid={invalid || undefined} className="flex basis-full flex-col gap-1">
      <legend className="font-medium">{labels.scopesLegend}</legend>
      <p id="api-key-scopes-hint" className="text-sm text-slate-600">
        {labels.scopesHint}
      </p>
      {apiScopes.map((scope) => (
        <label key={scope} className="flex items-baseline gap-2">
          <input type="checkbox" name="scopes" value={scope} />
          <span>
            {labels.scopes[scope]} <code className="text-xs text-slate-600">{scope}</code>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
