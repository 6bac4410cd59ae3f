// The organisation's API keys: the secret-token table with the keys' scopes and request limit.
import type { RevokeSecretTokenState } from "./form-states";
import type { ApiKeyDto } from "@/lib/db/api-keys/list-api-keys";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { SecretTokensTable, type ExtraColumn } from "./secret-tokens-table";

type Props = {
  keys: ApiKeyDto[];
  locale: Locale;
  labels: Messages["apiKeys"];
  revokeAction: (state: RevokeSecretTokenState, form: FormData) => Promise<RevokeSecretTokenState>;
};

export function ApiKeysTable({ keys, locale, labels, revokeAction }: Props) {
  const extraColumns: ExtraColumn<ApiKeyDto>[] = [
    {
      after: "prefix",
      header: labels.columnScopes,
      testId: "api-key-scopes",
      cell: (key) => (
        <ul>
          {key.scopes.map((scope) => (
            <li key={scope}>
              <code title={labels.scopes[scope]}>{scope}</code>
            </li>
          ))}
        </ul>
      ),
    },
    {
      after: "lastUsed",
      header: labels.columnLimit,
      className: "tabular-nums",
      testId: "api-key-limit",
      cell: (key) =>
        key.requestsPerMinute === null ? labels.noLimit : fmt(labels.perMinute, { n: formatNumber(locale, key.requestsPerMinute) }),
    },
  ];
  return (
    <SecretTokensTable
      rows={keys}
      locale={locale}
      labels={labels}
      headingId="key-list"
      rowTestId="api-key-row"
      extraColumns={extraColumns}
      revokeAction={revokeAction}
    />
  );
}
