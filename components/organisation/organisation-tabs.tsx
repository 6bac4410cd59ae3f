// The tabs of the organisation area: the team tree, the people directory and the HR-system sync
// for those who manage them.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

type Tab = "teams" | "people" | "sync";

export function OrganisationTabs({
  locale,
  t,
  current,
  people,
  sync,
}: {
  locale: Locale;
  t: Messages["organisation"];
  current: Tab;
  people: boolean;
  /** The sync tab's label, for those who may sync (`directory:sync`). */
  sync?: string | null;
}) {
  const tabs: Array<[Tab, string]> = [["teams", t.tabTeams], ...(people ? [["people", t.tabPeople] as [Tab, string]] : [])];
  if (sync) tabs.push(["sync", sync]);
  return (
    <nav aria-label={t.title} className="mb-6 border-b border-slate-200">
      <ul className="flex gap-4">
        {tabs.map(([tab, label]) => (
          <li key={tab}>
            <Link
              href={`/${locale}/organisation/${tab}`}
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
