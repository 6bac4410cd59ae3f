// The place of the monthly report's top themes (issue 15 §2–3): verbatim themes on both sides are
// built separately. Until they are, the report shows this section with a note and no figures; pass
// the themes' view as `children` to fill it (the section, heading and print rules stay here).
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

export function ReportThemesSlot({ t, children }: { t: Messages; children?: ReactNode }) {
  const m = t.reports;
  return (
    <section aria-labelledby="report-themes" className="report-section" data-testid="report-themes">
      <h2 id="report-themes" className="mb-2 text-lg font-semibold">
        {m.themesTitle}
      </h2>
      {children ?? <p className="text-sm text-slate-600 italic">{m.themesPending}</p>}
    </section>
  );
}
