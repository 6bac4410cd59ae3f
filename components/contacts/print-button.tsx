"use client";
// Opens the browser's print dialog (the printable QR code page).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="text-blue-700 underline" onClick={() => window.print()} data-testid="qr-print">
      {label}
    </button>
  );
}
