"use client";
// One HR-system sync upload (the teams file or the people file): upload → preview (what would
// change, by HR id, and every error by line) → apply, all or nothing. Native forms bound to one
// server action with useActionState, so the flow also works as plain posts without JavaScript.
// "Apply" sends the previewed file again (the server keeps nothing between the two posts): with
// JavaScript the file chosen for the preview is put back in the apply form's file input, without
// it the person chooses it again.
import { useActionState, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { DirectoryFile } from "@/lib/organisations/directory-csv";
import { canApply, type DirectorySyncState, type DirectorySyncStep } from "./directory-sync-state";
import { ChangesTable, SyncErrorTable } from "./directory-sync-tables";

type T = Messages["directorySync"];

const button = "rounded bg-brand px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-50";
const secondary = "inline-block rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50";

interface Props {
  file: DirectoryFile;
  t: T;
  locale: Locale;
  /** What the format hint says (columns, size), worked out by the page. */
  formatHint: string;
  maxBytes: number;
  tooLarge: string;
  /** The page's server action (app/…/organisation/sync/actions.ts), handed down: components do not import app/. */
  syncAction: (previous: DirectorySyncState, formData: FormData) => Promise<DirectorySyncState>;
}

type UploadProps = Omit<Props, "syncAction" | "locale"> & {
  action: (data: FormData) => void;
  pending: boolean;
  /** Told the file sent for a preview, so "Apply" can send it again. */
  onSend: (chosen: File | null) => void;
};

function UploadForm({ action, pending, onSend, ...props }: UploadProps) {
  const { file, t } = props;
  const id = (name: string) => `sync-${file}-${name}`;
  // With JavaScript, an oversized file is refused before it is sent (the server refuses it too).
  const checkSize = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.setCustomValidity(chosen && chosen.size > props.maxBytes ? props.tooLarge : "");
  };
  return (
    <form
      action={action}
      onSubmit={(event: FormEvent<HTMLFormElement>) =>
        onSend((event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0] ?? null)
      }
      className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      aria-busy={pending}
    >
      <input type="hidden" name="sync" value={file} />
      <input type="hidden" name="intent" value="preview" />
      <label htmlFor={id("file")} className="font-medium">
        {t[file].fileLabel}
      </label>
      <input
        id={id("file")}
        name="file"
        type="file"
        accept=".csv,text/csv"
        required
        onChange={checkSize}
        aria-describedby={id("format")}
        className="text-sm"
      />
      <p id={id("format")} className="text-sm text-slate-600">
        {props.formatHint}
      </p>
      <div className="flex items-start gap-2">
        <input id={id("mirror")} name="mirror" type="checkbox" className="mt-1" aria-describedby={id("mirror-hint")} />
        <div>
          <label htmlFor={id("mirror")}>{t[file].mirrorLabel}</label>
          <p id={id("mirror-hint")} className="text-sm text-slate-600">
            {t[file].mirrorHint}
          </p>
        </div>
      </div>
      <div>
        <button type="submit" className={button} disabled={pending}>
          {t.previewButton}
        </button>
      </div>
    </form>
  );
}

interface ApplyProps {
  file: DirectoryFile;
  t: T;
  preview: Extract<DirectorySyncStep, { step: "preview" }>;
  sent: File | null;
  action: (data: FormData) => void;
  pending: boolean;
}

function ApplyForm({ file, t, preview, sent, action, pending }: ApplyProps) {
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLDivElement>(null);
  // The file is put back in the input and its chooser hidden: DOM work, so no state of React's.
  useEffect(() => {
    if (!sent || !input.current || !chooser.current) return;
    try {
      const transfer = new DataTransfer();
      transfer.items.add(sent);
      input.current.files = transfer.files;
      chooser.current.hidden = true;
    } catch {
      // A browser without a constructible DataTransfer: the input stays visible, as without JavaScript.
    }
  }, [sent]);
  const id = `sync-${file}-confirm`;
  return (
    <form action={action} aria-busy={pending}>
      <input type="hidden" name="sync" value={file} />
      <input type="hidden" name="intent" value="apply" />
      <input type="hidden" name="digest" value={preview.digest} />
      {preview.result.mirror ? <input type="hidden" name="mirror" value="on" /> : null}
      <div ref={chooser} className="mb-3 flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {fmt(t.confirmFile, { file: preview.fileName })}
        </label>
        <input
          id={id}
          ref={input}
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby={`${id}-hint`}
          className="text-sm"
        />
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t.confirmFileHint}
        </p>
      </div>
      <p className="mb-2 text-sm text-slate-700">{t.applyHint}</p>
      <button type="submit" className={button} disabled={pending}>
        {t.applyButton}
      </button>
    </form>
  );
}

export function DirectorySyncForm(props: Props) {
  const { file, t, locale } = props;
  const [state, action, pending] = useActionState(props.syncAction, null);
  const [sent, setSent] = useState<File | null>(null);
  const upload = <UploadForm {...props} action={action} pending={pending} onSend={setSent} />;
  if (!state?.ok)
    return (
      <>
        {state ? (
          <p role="alert" data-testid={`sync-${file}-problem`} className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {state.message}
          </p>
        ) : null}
        {upload}
      </>
    );

  const { fileName, result } = state.data;
  const done = state.data.step === "done";
  const headingId = `sync-${file}-outcome`;
  const title = done ? (result.applied ? t.doneTitle : t.notAppliedTitle) : t.previewTitle;
  return (
    <section aria-labelledby={headingId} data-testid={`sync-${file}-outcome`}>
      <h3 id={headingId} className="text-lg font-semibold">
        {fmt(title, { file: fileName })}
      </h3>
      <p role="status" className="mt-2 mb-4" data-testid={`sync-${file}-summary`}>
        {fmt(t.rows, { n: formatNumber(locale, result.rows) })} {result.mirror ? t.mirrorOn : t.mirrorOff}{" "}
        {done ? null : t.previewNothingYet}
      </p>
      {result.errorCount === 0 ? <ChangesTable result={result} t={t} locale={locale} applied={done && result.applied} /> : null}
      <SyncErrorTable result={result} t={t} headingId={`sync-${file}-errors`} />
      <div className="mt-6 flex flex-col gap-4">
        {done ? (
          <p>
            <a href={`/${locale}/organisation/sync`} className={secondary}>
              {t.another}
            </a>
          </p>
        ) : state.data.step === "preview" && canApply(result) ? (
          <ApplyForm file={file} t={t} preview={state.data} sent={sent} action={action} pending={pending} />
        ) : result.errorCount === 0 ? (
          <p className="font-medium">{t.nothingToApply}</p>
        ) : null}
        {done ? null : (
          <>
            <h4 className="font-medium">{t.another}</h4>
            {upload}
          </>
        )}
      </div>
    </section>
  );
}
