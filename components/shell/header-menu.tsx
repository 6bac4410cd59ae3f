"use client";
// The header's navigation and account links. From 640 px up they sit in the header row as before
// (the panel is `display: contents`); on a phone they fold behind a "Menu" button so the header
// takes one line: aria-expanded on the button, focus moves to the first link on opening, Escape
// closes and gives focus back, and a page change closes it. Without JavaScript the panel stays open.
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState } from "react";

const PANEL_ID = "header-menu";
const BUTTON_ID = "header-menu-button";

export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  // Open for the page it was opened on: navigating elsewhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("a, button")?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        id={BUTTON_ID}
        type="button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex items-center gap-2 rounded border border-slate-300 px-3 py-1 text-sm font-medium sm:hidden"
        data-testid="header-menu-button"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d={open ? "M5 5l10 10M15 5L5 15" : "M3 5h14M3 10h14M3 15h14"} stroke="currentColor" strokeWidth="2" />
        </svg>
        {label}
      </button>
      <div ref={panel} id={PANEL_ID} className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 pb-2 sm:contents`}>
        {children}
      </div>
      {/* Without JavaScript the button cannot open it: show the panel instead. */}
      <noscript
        dangerouslySetInnerHTML={{ __html: `<style>@media (width < 40rem){#${PANEL_ID}{display:flex}#${BUTTON_ID}{display:none}}</style>` }}
      />
    </>
  );
}
