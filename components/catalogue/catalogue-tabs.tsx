// The tabs of the catalogue area (issue 13 §1): mirrored items, irritants and moments of truth.
import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

export type CatalogueTab = "items" | "irritants" | "moments";

const paths: Record<CatalogueTab, string> = { items: "", irritants: "/irritants", moments: "/moments" };

export function CatalogueTabs({ locale, t, current }: { locale: string; t: Messages["catalogue"]; current: CatalogueTab }) {
  const tabs: Array<[CatalogueTab, string]> = [
    ["items", t.tabItems],
    ["irritants", t.tabIrritants],
    ["moments", t.tabMoments],
  ];
  return (
    <nav aria-label={t.tabsLabel} className="mb-6 border-b border-slate-200">
      <ul className="flex gap-4">
        {tabs.map(([tab, label]) => (
          <li key={tab}>
            <Link
              href={`/${locale}/catalogue${paths[tab]}`}
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
