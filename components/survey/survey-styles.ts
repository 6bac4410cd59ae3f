// The respondent page's whole stylesheet, inlined (no framework CSS, no request): mobile
// first, visible focus everywhere, 44 px touch targets (WCAG 2.5.5), brand via variables.
// The 0–10 scale is one row of 11 from 360 px (each choice ≥ 26 px wide, 44 px high) and a
// deliberate two-row grid below (0–5 over 6–10), never a wrap that falls where it may.
import type { BrandPalette } from "./brand-colors";

export function surveyStyles(palette: BrandPalette): string {
  return `:root{--brand:${palette.brand};--on-brand:${palette.onBrand};--accent:${palette.accent};--ink:#1f2937;--muted:#4b5563;--line:#9ca3af;--error:#b91c1c}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f9fafb}
.band{background:var(--brand);color:var(--on-brand);padding:12px 16px;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:16px}
h1{font-size:1.4rem;line-height:1.3;margin:8px 0 4px}
p{margin:0 0 12px}
.muted{color:var(--muted);font-size:.95rem}
fieldset{border:0;margin:0 0 24px;padding:0;min-width:0}
legend{font-weight:600;padding:0;margin-bottom:8px;font-size:1.05rem}
.req{font-weight:400;color:var(--muted);font-size:.9rem}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.scale{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:6px}
@media (min-width:22.5rem){.scale{grid-template-columns:repeat(11,minmax(0,1fr));gap:4px}.scale .opt label{padding:0}}
@media (min-width:34rem){.scale{gap:6px}}
.opt{position:relative}
.opt input{position:absolute;opacity:0;inset:0;width:100%;height:100%;margin:0;cursor:pointer}
.opt label{display:flex;align-items:center;justify-content:center;min-height:44px;border:2px solid var(--line);border-radius:8px;background:#fff;font-weight:600;cursor:pointer;text-align:center;padding:4px}
.opt input:checked+label{background:var(--brand);color:var(--on-brand);border-color:var(--ink)}
.opt input:focus-visible+label{outline:3px solid var(--accent);outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:12px;font-size:.9rem;color:var(--muted);margin-top:6px}
.ends.spaced{margin:0 0 12px}
.agree{display:grid;grid-template-columns:repeat(5,1fr);gap:6px}.agree .skip{grid-column:1/-1}
@media (min-width:34rem){.agree{grid-template-columns:repeat(6,1fr)}.agree .skip{grid-column:auto}.agree .skip label{font-size:.85rem}}
h2.legend-like{font-size:1.05rem;margin:0 0 4px}
.skip label{font-weight:400}
.skip input:checked+label{background:#e5e7eb;color:var(--ink);border-color:var(--muted)}
textarea,input[type=text]{width:100%;font:inherit;padding:10px;border:2px solid var(--line);border-radius:8px;background:#fff;color:var(--ink)}
textarea{min-height:6rem}
textarea:focus-visible,input[type=text]:focus-visible,a:focus-visible,button:focus-visible,.check input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.check{display:flex;gap:10px;align-items:center;min-height:44px}
.check input{width:22px;height:22px;margin:0;accent-color:var(--accent)}
button{font:inherit;font-weight:700;min-height:48px;width:100%;border:2px solid var(--ink);border-radius:8px;background:var(--brand);color:var(--on-brand);cursor:pointer}
button[disabled]{opacity:.7;cursor:wait}
.errors{border:3px solid var(--error);border-radius:8px;padding:12px 16px;margin:12px 0 20px;background:#fff}
.errors h2{font-size:1.1rem;margin:0 0 8px;color:var(--error)}
.errors a{color:var(--error);font-weight:600}
.field-error{color:var(--error);font-weight:600;margin:0 0 8px}
[aria-invalid=true]{border-color:var(--error)}
.message{text-align:center;padding-top:24px}
.message[data-state=thanks]::before,.message[data-state=answered]::before{content:"\\2713" / "";display:flex;align-items:center;justify-content:center;width:56px;height:56px;margin:0 auto 8px;border-radius:50%;background:var(--brand);color:var(--on-brand);font-size:2rem;font-weight:700}
.message[data-state=thanks] h1,.message[data-state=answered] h1{color:var(--accent)}
.recall{font-weight:600;color:var(--accent);margin:8px 0 0}
a{color:var(--accent)}`;
}
