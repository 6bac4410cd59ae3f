// The contact CSV format, explained next to the upload form: columns, what each expects, an example.
import { CONTACT_CSV_COLUMNS, type ContactCsvColumn } from "@/lib/contacts/parse-contacts-csv";
import type { Messages } from "@/lib/i18n/messages";

const required: Record<ContactCsvColumn, "yes" | "no" | "oneOfTeam"> = {
  externalId: "no",
  teamId: "oneOfTeam",
  teamExternalId: "oneOfTeam",
  channel: "yes",
  momentOfTruth: "no",
  locale: "yes",
  agentExternalId: "no",
  customerEmail: "no",
  occurredAt: "no",
};

const EXAMPLE = `externalId;teamExternalId;channel;momentOfTruth;locale;customerEmail;occurredAt
CRM-000123;T-REL-01;phone;reclamation;fr;claire.martin@example.fr;2026-11-23T14:05:00+01:00
CRM-000124;T-REL-02;chat;demande_information;en;;`;

export function CsvFormatHelp({ t }: { t: Messages["contacts"] }) {
  const cell = "border-b border-slate-100 px-2 py-1 align-top";
  return (
    <section aria-labelledby="csv-format" className="rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      <h2 id="csv-format" className="mb-2 text-base font-semibold">
        {t.import.formatTitle}
      </h2>
      <p className="mb-3 text-slate-700">{t.import.formatIntro}</p>
      <table className="w-full text-left">
        <caption className="mb-1 text-left font-medium">{t.import.columnsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t.import.column}
            </th>
            <th scope="col" className={cell}>
              {t.import.required}
            </th>
            <th scope="col" className={cell}>
              {t.import.expected}
            </th>
          </tr>
        </thead>
        <tbody>
          {CONTACT_CSV_COLUMNS.map((column) => (
            <tr key={column}>
              <th scope="row" className={`${cell} font-mono font-normal`}>
                {column}
              </th>
              <td className={cell}>{t.import[required[column]]}</td>
              <td className={cell}>{t.hints[column]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 font-medium">{t.import.example}</p>
      {/* Focusable: the example scrolls sideways on a phone, and keyboard users must reach it too. */}
      <pre
        tabIndex={0}
        aria-label={t.import.example}
        className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
      >
        {EXAMPLE}
      </pre>
    </section>
  );
}
