"use client";
// The monthly report's « Imprimer / Enregistrer en PDF » button: the browser's print dialog, where
// "Save as PDF" is a printer. Hidden on paper.

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white print:hidden"
      data-testid="print-report"
    >
      {label}
    </button>
  );
}
