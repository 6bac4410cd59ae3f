// The tabs of the organisation area: the team tree, and the people directory for those who manage it.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

export function OrganisationTabs({
  locale,
  t,
  current,
  people,
}: {
  locale: Locale;
  t: Messages["organisation"];
  current: "teams" | "people";
  people: boolean;
}) {
  const tabs = [["teams", t.tabTeams], ...(people ? [["people", t.tabPeople]] : [])] as Array<["teams" | "people", string]>;
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
