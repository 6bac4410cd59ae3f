"use client";
// A secret that exists in clear only in this render (API key, webhook signing secret): shown
// with a copy button and a plain warning that it will never be shown again.
import { useState } from "react";

type Props = { title: string; hint: string; value: string; copyLabel: string; copiedLabel: string; testId: string };

export function ShownOnceSecret({ title, hint, value, copyLabel, copiedLabel, testId }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="mt-4 rounded border border-emerald-300 bg-emerald-50 p-3">
      <p className="font-medium">{title}</p>
      <p className="text-sm text-slate-700">{hint}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code data-testid={testId} className="select-all break-all rounded bg-white px-2 py-1 ring-1 ring-slate-300">
          {value}
        </code>
        <button
          type="button"
          className="rounded border border-slate-400 px-3 py-1 text-sm"
          onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}
        >
          {copied ? copiedLabel : copyLabel}
        </button>
      </div>
    </div>
  );
}
