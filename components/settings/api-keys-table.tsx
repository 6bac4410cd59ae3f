// The organisation's API keys: name, prefix, dates, request limit, status; active keys can be revoked.
import type { RevokeApiKeyState } from "./form-states";
import { EmptyState } from "@/components/ui/empty-state";
import type { ApiKeyDto } from "@/lib/db/api-keys/list-api-keys";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { RevokeApiKeyForm } from "./revoke-api-key-form";

type Props = {
  keys: ApiKeyDto[];
  locale: Locale;
  labels: Messages["apiKeys"];
  revokeAction: (state: RevokeApiKeyState, form: FormData) => Promise<RevokeApiKeyState>;
};

export function ApiKeysTable({ keys, locale, labels, revokeAction }: Props) {
  // The product's users are in France; a fixed zone keeps server rendering deterministic.
  const show = (iso: string) => formatDate(locale, iso, "dateTime");
  return (
    <section aria-labelledby="key-list" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="key-list" className="mb-3 font-semibold">
        {labels.listTitle}
      </h2>
      {keys.length === 0 ? (
        <EmptyState title={labels.empty} hint={labels.emptyHint} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {labels.columnName}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.columnPrefix}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.columnScopes}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.columnCreated}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.columnLastUsed}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.columnLimit}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.columnStatus}
                </th>
                <th scope="col" className="py-2">
                  {labels.columnActions}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} data-testid="api-key-row" className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {key.name}
                  </th>
                  <td className="py-2 pr-4">
                    <code>{key.prefix}…</code>
                  </td>
                  <td className="py-2 pr-4" data-testid="api-key-scopes">
                    <ul>
                      {key.scopes.map((scope) => (
                        <li key={scope}>
                          <code title={labels.scopes[scope]}>{scope}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="py-2 pr-4 tabular-nums">{show(key.createdAt)}</td>
                  <td className="py-2 pr-4 tabular-nums">{key.lastUsedAt ? show(key.lastUsedAt) : labels.neverUsed}</td>
                  <td className="py-2 pr-4 tabular-nums" data-testid="api-key-limit">
                    {key.requestsPerMinute === null
                      ? labels.noLimit
                      : fmt(labels.perMinute, { n: formatNumber(locale, key.requestsPerMinute) })}
                  </td>
                  <td className="py-2 pr-4">{key.revokedAt ? fmt(labels.revokedOn, { date: show(key.revokedAt) }) : labels.active}</td>
                  <td className="py-2">
                    {key.revokedAt ? null : <RevokeApiKeyForm id={key.id} name={key.name} labels={labels} action={revokeAction} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
