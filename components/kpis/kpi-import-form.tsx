"use client";
// The KPI CSV upload (issue 15 §1): upload → preview (counts, the first rows, every refused row
// with its line and sentence) → import, only when no row is refused (all or nothing). Native forms
// bound to one server action with useActionState: the flow also works as plain posts.
import { useActionState } from "react";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { KpiImportState } from "./kpi-import-state";

type T = Messages["kpis"]["import"];

const button = "rounded bg-brand px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-50";
const cellClass = "border-b p-2";

function UploadForm({ action, pending, t }: { action: (data: FormData) => void; pending: boolean; t: T }) {
  return (
    <form action={action} className="flex flex-col gap-3" aria-busy={pending}>
      <input type="hidden" name="intent" value="preview" />
      <label htmlFor="kpi-file" className="font-medium">
        {t.fileLabel}
      </label>
      <input id="kpi-file" name="file" type="file" accept=".csv,text/csv" required className="text-sm" />
      <div>
        <button type="submit" className={button} disabled={pending}>
          {t.previewButton}
        </button>
      </div>
    </form>
  );
}

/** A plain table of the preview: the first rows of the file, or the refused ones. */
function PreviewTable({
  caption,
  headers,
  rows,
  testId,
  alert,
}: {
  caption: string;
  headers: string[];
  rows: Array<Array<string | number>>;
  testId: string;
  alert?: boolean;
}) {
  return (
    <table className="mb-4 w-full border-collapse bg-white text-left text-sm" data-testid={testId}>
      <caption className={`mb-1 text-left font-medium ${alert ? "text-red-800" : ""}`}>{caption}</caption>
      <thead>
        <tr>
          {headers.map((label) => (
            <th key={label} scope="col" className={cellClass}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, c) => (
              <td key={c} className={cellClass}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `importAction` is the page's server action, handed down: components do not import app/. */
export function KpiImportForm({
  t,
  importAction,
}: {
  t: T;
  importAction: (previous: KpiImportState, form: FormData) => Promise<KpiImportState>;
}) {
  const [state, action, pending] = useActionState(importAction, null);
  if (!state?.ok)
    return (
      <>
        {state ? (
          <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="kpi-import-problem">
            {state.message}
          </p>
        ) : null}
        <UploadForm action={action} pending={pending} t={t} />
      </>
    );
  const step = state.data;
  if (step.step === "done")
    return (
      <>
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="kpi-import-done">
          {fmt(t.done, { rows: step.rows, created: step.created, updated: step.updated })}
        </p>
        <h3 className="mb-2 font-medium">{t.another}</h3>
        <UploadForm action={action} pending={pending} t={t} />
      </>
    );
  return (
    <section aria-labelledby="kpi-preview">
      <h3 id="kpi-preview" className="mb-2 font-semibold">
        {fmt(t.previewTitle, { file: step.fileName })}
      </h3>
      <p role="status" className="mb-3" data-testid="kpi-import-counts">
        {step.errors.length > 0
          ? fmt(t.refusedCount, { n: step.refusedRows })
          : fmt(t.counts, { rows: step.rows, created: step.created, updated: step.updated })}
      </p>
      <PreviewTable
        caption={t.sampleCaption}
        headers={[t.line, "team", "month", "kpi", "value"]}
        rows={step.sample.map((row) => [row.line, row.team, row.month, row.kpi, row.value])}
        testId="kpi-import-sample"
      />
      {step.errors.length > 0 ? (
        <PreviewTable
          caption={t.errorsCaption}
          headers={[t.line, t.field, t.problem]}
          rows={step.errors.map((error) => [error.line, error.field, error.message])}
          testId="kpi-import-errors"
          alert
        />
      ) : (
        <form action={action} className="mb-4" aria-busy={pending}>
          <input type="hidden" name="intent" value="import" />
          <input type="hidden" name="fileName" value={step.fileName} />
          <input type="hidden" name="csv" value={step.csv} />
          <button type="submit" className={button} disabled={pending}>
            {fmt(t.confirm, { n: step.rows })}
          </button>
        </form>
      )}
      <h3 className="mb-2 font-medium">{t.chooseAnother}</h3>
      <UploadForm action={action} pending={pending} t={t} />
    </section>
  );
}
