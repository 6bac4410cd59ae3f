// Tables of the contact CSV import: the preview's first rows and the errors by line. Render only.
import type { ContactCsvColumn, ContactCsvRow } from "@/lib/contacts/parse-contacts-csv";
import type { CsvRowError } from "@/lib/csv/read-csv";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { UNKNOWN_MOMENT_MESSAGE } from "@/lib/surveys/contact-schema";

type T = Messages["contacts"];

// The exact messages of lib/surveys/contact-schema.ts and the reference resolver we translate;
// anything else is explained through the column's hint, with the original as technical detail.
const knownMessages: Record<string, keyof T["messages"]> = {
  "unknown team": "unknownTeam",
  [UNKNOWN_MOMENT_MESSAGE]: "unknownMomentOfTruth",
  "unknown field": "unknownField",
  "give exactly one of teamId and teamExternalId": "oneTeamRef",
  "must not be in the future": "future",
};

export function errorText(error: CsvRowError, t: T): { text: string; technical?: string } {
  if (error.problem?.code === "badQuotes") return { text: t.problems.badQuotes };
  if (error.problem?.code === "tooManyValues")
    return { text: fmt(t.problems.tooManyValues, { values: error.problem.values, columns: error.problem.columns }) };
  const known = knownMessages[error.message];
  if (known) return { text: t.messages[known] };
  const hint = t.hints[error.field as keyof T["hints"]];
  return hint ? { text: fmt(t.messages.invalidValue, { hint }), technical: error.message } : { text: error.message };
}

const cell = "border-b border-slate-100 px-2 py-1 align-top";

export function SampleTable({ columns, rows, t }: { columns: ContactCsvColumn[]; rows: Array<ContactCsvRow & { valid: boolean }>; t: T }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="import-sample">
        <caption className="mb-1 text-left font-medium">{fmt(t.import.sampleCaption, { n: 20 })}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t.import.line}
            </th>
            <th scope="col" className={cell}>
              {t.import.status}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className={`${cell} font-mono`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <th scope="row" className={`${cell} tabular-nums`}>
                {row.line}
              </th>
              <td className={`${cell} ${row.valid ? "text-emerald-800" : "font-semibold text-red-800"}`}>
                {row.valid ? t.import.valid : t.import.invalid}
              </td>
              {columns.map((column) => (
                <td key={column} className={`${cell} break-all`}>
                  {row.values[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ErrorTable({ errors, errorCount, t }: { errors: CsvRowError[]; errorCount: number; t: T }) {
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby="import-errors" className="mt-6">
      <h2 id="import-errors" className="mb-2 text-lg font-semibold">
        {t.import.errorsTitle}
      </h2>
      <table className="min-w-full text-left text-sm" data-testid="import-errors">
        <caption className="mb-1 text-left text-slate-600">{t.import.errorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t.import.line}
            </th>
            <th scope="col" className={cell}>
              {t.import.field}
            </th>
            <th scope="col" className={cell}>
              {t.import.problem}
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, i) => {
            const { text, technical } = errorText(error, t);
            return (
              <tr key={`${error.line}-${error.field}-${i}`} data-testid="import-error">
                <th scope="row" className={`${cell} tabular-nums`}>
                  {error.line}
                </th>
                <td className={`${cell} font-mono`}>{error.field || t.import.wholeRow}</td>
                <td className={cell}>
                  {text}
                  {technical ? (
                    <span className="ml-2 text-xs text-slate-500">({fmt(t.import.technical, { detail: technical })})</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {errorCount > errors.length ? <p className="mt-2 text-sm">{fmt(t.import.moreErrors, { n: errorCount - errors.length })}</p> : null}
    </section>
  );
}
