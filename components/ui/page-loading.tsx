"use client";
// The signed-in pages' loading state (app/[locale]/(app)/loading.tsx): a skeleton of the page's
// header and cards while its data streams. Loading files get no params, so the localised label
// comes down from the layout through context (no message catalogue in the client bundle).
import { createContext, useContext, type ReactNode } from "react";

const LoadingLabel = createContext("…");

export function LoadingLabelProvider({ label, children }: { label: string; children: ReactNode }) {
  return <LoadingLabel.Provider value={label}>{children}</LoadingLabel.Provider>;
}

const block = "rounded bg-slate-200 motion-safe:animate-pulse";

export function PageLoading() {
  const label = useContext(LoadingLabel);
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="flex flex-col gap-6">
      <p className="text-sm text-slate-600">{label}</p>
      <div aria-hidden="true" className="flex flex-col gap-6">
        <div className={`${block} h-8 w-1/3`} />
        <div className={`${block} h-16 w-full`} />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className={`${block} h-64`} />
          <div className={`${block} h-64`} />
        </div>
      </div>
    </div>
  );
}
