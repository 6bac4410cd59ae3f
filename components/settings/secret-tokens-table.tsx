// An organisation's secret tokens (API keys, SCIM tokens): name, prefix, dates, status, and the
// columns a kind adds (the API keys' scopes and limit); active ones can be revoked.
import type { ReactNode } from "react";
import type { RevokeSecretTokenState } from "./form-states";
import { EmptyState } from "@/components/ui/empty-state";
import type { SecretTokenDto } from "@/lib/db/secret-token-dto";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { RevokeSecretTokenForm, type RevokeSecretTokenLabels } from "./revoke-secret-token-form";

interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
  testId?: string;
}

/** A column a kind of token adds, drawn after the prefix or after the last use. */
export type ExtraColumn<T> = Column<T> & { after: "prefix" | "lastUsed" };

type Labels = RevokeSecretTokenLabels &
  Pick<
    Messages["apiKeys"],
    | "listTitle"
    | "empty"
    | "emptyHint"
    | "columnName"
    | "columnPrefix"
    | "columnCreated"
    | "columnLastUsed"
    | "columnStatus"
    | "columnActions"
    | "neverUsed"
    | "active"
    | "revokedOn"
  >;

type Props<T extends SecretTokenDto> = {
  rows: T[];
  locale: Locale;
  labels: Labels;
  /** The list heading's element id. */
  headingId: string;
  /** Each row's data-testid (the e2e specs find rows by it). */
  rowTestId: string;
  extraColumns?: ExtraColumn<T>[];
  revokeAction: (state: RevokeSecretTokenState, form: FormData) => Promise<RevokeSecretTokenState>;
};

function columnsOf<T extends SecretTokenDto>({ locale, labels, extraColumns = [] }: Props<T>): Column<T>[] {
  // The product's users are in France; a fixed zone keeps server rendering deterministic.
  const show = (iso: string) => formatDate(locale, iso, "dateTime");
  const extras = (after: ExtraColumn<T>["after"]) => extraColumns.filter((column) => column.after === after);
  return [
    { header: labels.columnPrefix, cell: (row) => <code>{row.prefix}…</code> },
    ...extras("prefix"),
    { header: labels.columnCreated, className: "tabular-nums", cell: (row) => show(row.createdAt) },
    { header: labels.columnLastUsed, className: "tabular-nums", cell: (row) => (row.lastUsedAt ? show(row.lastUsedAt) : labels.neverUsed) },
    ...extras("lastUsed"),
    { header: labels.columnStatus, cell: (row) => (row.revokedAt ? fmt(labels.revokedOn, { date: show(row.revokedAt) }) : labels.active) },
  ];
}

export function SecretTokensTable<T extends SecretTokenDto>(props: Props<T>) {
  const { rows, labels, headingId, rowTestId, revokeAction } = props;
  const columns = columnsOf(props);
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id={headingId} className="mb-3 font-semibold">
        {labels.listTitle}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={labels.empty} hint={labels.emptyHint} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {[labels.columnName, ...columns.map((column) => column.header)].map((header) => (
                  <th key={header} scope="col" className="py-2 pr-4">
                    {header}
                  </th>
                ))}
                <th scope="col" className="py-2">
                  {labels.columnActions}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid={rowTestId} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {row.name}
                  </th>
                  {columns.map((column) => (
                    <td key={column.header} className={`py-2 pr-4 ${column.className ?? ""}`.trim()} data-testid={column.testId}>
                      {column.cell(row)}
                    </td>
                  ))}
                  <td className="py-2">
                    {row.revokedAt ? null : <RevokeSecretTokenForm id={row.id} name={row.name} labels={labels} action={revokeAction} />}
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
