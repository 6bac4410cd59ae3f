// The organisation's SCIM tokens: name, prefix, dates, status; active tokens can be revoked.
import type { RevokeApiKeyState } from "./form-states";
import { EmptyState } from "@/components/ui/empty-state";
import type { ScimTokenDto } from "@/lib/db/scim-tokens/list-scim-tokens";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { RevokeApiKeyForm } from "./revoke-api-key-form";

type Props = {
  tokens: ScimTokenDto[];
  locale: Locale;
  labels: Messages["scimTokens"];
  revokeAction: (state: RevokeApiKeyState, form: FormData) => Promise<RevokeApiKeyState>;
};

export function ScimTokensTable({ tokens, locale, labels, revokeAction }: Props) {
  const show = (iso: string) => formatDate(locale, iso, "dateTime");
  const columns = [
    labels.columnName,
    labels.columnPrefix,
    labels.columnCreated,
    labels.columnLastUsed,
    labels.columnStatus,
    labels.columnActions,
  ];
  return (
    <section aria-labelledby="scim-token-list" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="scim-token-list" className="mb-3 font-semibold">
        {labels.listTitle}
      </h2>
      {tokens.length === 0 ? (
        <EmptyState title={labels.empty} hint={labels.emptyHint} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className="py-2 pr-4">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-testid="scim-token-row" className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {token.name}
                  </th>
                  <td className="py-2 pr-4">
                    <code>{token.prefix}…</code>
                  </td>
                  <td className="py-2 pr-4 tabular-nums">{show(token.createdAt)}</td>
                  <td className="py-2 pr-4 tabular-nums">{token.lastUsedAt ? show(token.lastUsedAt) : labels.neverUsed}</td>
                  <td className="py-2 pr-4">{token.revokedAt ? fmt(labels.revokedOn, { date: show(token.revokedAt) }) : labels.active}</td>
                  <td className="py-2">
                    {token.revokedAt ? null : <RevokeApiKeyForm id={token.id} name={token.name} labels={labels} action={revokeAction} />}
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
