"use client";
// The contact CSV import form: upload → preview (counts, first rows, errors by line) →
// import of the valid rows. Native forms bound to one server action with useActionState,
// so the whole flow also works as plain form posts without JavaScript.
import { useActionState } from "react";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportState } from "./import-state";
import { ErrorTable, SampleTable } from "./import-tables";

type T = Messages["contacts"];

const button = "rounded bg-brand px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-50";
const secondary = "rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50";

function UploadForm({ action, pending, t }: { action: (data: FormData) => void; pending: boolean; t: T }) {
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-busy={pending}>
      <input type="hidden" name="intent" value="preview" />
      <label htmlFor="contacts-file" className="font-medium">
        {t.import.fileLabel}
      </label>
      <input
        id="contacts-file"
        name="file"
        type="file"
        accept=".csv,text/csv"
        required
        aria-describedby="contacts-file-hint"
        className="text-sm"
      />
      <p id="contacts-file-hint" className="text-sm text-slate-600">
        {t.import.fileHint}
      </p>
      <div>
        <button type="submit" className={button} disabled={pending}>
          {t.import.previewButton}
        </button>
      </div>
    </form>
  );
}

/** `importAction` is the page's server action (app/…/contacts/import/actions.ts), handed down: components do not import app/. */
export function ContactsImportForm({
  t,
  locale,
  importAction,
}: {
  t: T;
  locale: Locale;
  importAction: (previous: ImportState, formData: FormData) => Promise<ImportState>;
}) {
  const [state, action, pending] = useActionState(importAction, null);

  if (!state?.ok) {
    return (
      <>
        {state ? (
          <p role="alert" id="import-problem" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {state.message}
          </p>
        ) : null}
        <UploadForm action={action} pending={pending} t={t} />
      </>
    );
  }

  const step = state.data;
  if (step.step === "done") {
    const { result } = step;
    return (
      <section aria-labelledby="import-done">
        <h2 id="import-done" className="text-lg font-semibold">
          {t.import.doneTitle}
        </h2>
        <p role="status" data-testid="import-result" className="mt-2">
          {fmt(t.import.doneCounts, { created: result.created, existing: result.existing, invalid: result.invalidRows })}
        </p>
        {result.created > 0 ? <p className="mt-1 text-sm text-slate-600">{t.import.doneMail}</p> : null}
        <ErrorTable errors={result.errors} errorCount={result.errorCount} t={t} />
        <p className="mt-6">
          <a href={`/${locale}/contacts/import`} className={secondary}>
            {t.import.importAnother}
          </a>
        </p>
      </section>
    );
  }

  const { preview } = step;
  return (
    <section aria-labelledby="import-preview">
      <h2 id="import-preview" className="text-lg font-semibold">
        {fmt(t.import.previewTitle, { file: step.fileName })}
      </h2>
      <p role="status" data-testid="import-counts" className="mt-2 mb-4">
        {fmt(t.import.counts, { total: preview.totalRows, valid: preview.validRows, invalid: preview.invalidRows })}
      </p>
      <SampleTable columns={preview.columns} rows={preview.sample} t={t} />
      <ErrorTable errors={preview.errors} errorCount={preview.errorCount} t={t} />
      <div className="mt-6 flex flex-col gap-4">
        {preview.validRows > 0 ? (
          <form action={action} aria-busy={pending}>
            <input type="hidden" name="intent" value="import" />
            <input type="hidden" name="fileName" value={step.fileName} />
            <input type="hidden" name="csv" value={step.csv} />
            {preview.invalidRows > 0 ? <p className="mb-2 text-sm text-slate-700">{t.import.invalidSkipped}</p> : null}
            <button type="submit" className={button} disabled={pending}>
              {fmt(t.import.importButton, { n: preview.validRows })}
            </button>
          </form>
        ) : (
          <p className="font-medium">{t.import.nothingToImport}</p>
        )}
        <h3 className="font-medium">{t.import.chooseAnother}</h3>
        <UploadForm action={action} pending={pending} t={t} />
      </div>
    </section>
  );
}
