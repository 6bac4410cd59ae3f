// The tabs of the catalogue area (issue 13): mirrored items, irritants, moments of truth, comment
// themes (issue 15), and the survey wording and email templates and the operational KPIs (kept
// under settings, reached from here by HR and CX too).
import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

export type CatalogueTab = "items" | "irritants" | "moments" | "themes" | "wording" | "kpis";

const paths: Record<CatalogueTab, string> = {
  items: "/catalogue",
  irritants: "/catalogue/irritants",
  moments: "/catalogue/moments",
  themes: "/catalogue/themes",
  wording: "/settings/wording",
  kpis: "/settings/kpis",
};

export function CatalogueTabs({ locale, t, current }: { locale: string; t: Messages["catalogue"]; current: CatalogueTab }) {
  const tabs: Array<[CatalogueTab, string]> = [
    ["items", t.tabItems],
    ["irritants", t.tabIrritants],
    ["moments", t.tabMoments],
    ["themes", t.tabThemes],
    ["wording", t.tabWording],
    ["kpis", t.tabKpis],
  ];
  return (
    <nav aria-label={t.tabsLabel} className="mb-6 border-b border-slate-200">
      <ul className="flex gap-4">
        {tabs.map(([tab, label]) => (
          <li key={tab}>
            <Link
              href={`/${locale}${paths[tab]}`}
              aria-current={tab === current ? "page" : undefined}
              className={`inline-block px-1 pb-2 ${tab === current ? "border-b-2 border-brand font-semibold" : "text-slate-600 hover:underline"}`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
