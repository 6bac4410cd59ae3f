// The employee home's first section: the pulses they can answer now (their team's open pulses
// and their due personal pulses), each with its answer link or a thank-you once answered.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export interface HomePulse {
  key: string;
  name: string;
  href: string;
  closesAt: Date;
  answered: boolean;
}

export function HomePulses({ pulses, locale, t }: { pulses: HomePulse[]; locale: Locale; t: Messages }) {
  const h = t.home;
  return (
    <section aria-labelledby="home-pulses" className="mb-8">
      <h2 id="home-pulses" className="mb-3 text-lg font-semibold">
        {h.pulsesTitle}
      </h2>
      {pulses.length === 0 ? (
        <EmptyState title={h.pulsesEmpty} hint={h.pulsesEmptyHint} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {pulses.map((pulse) => (
            <li key={pulse.key} className="rounded border border-slate-300 bg-white p-4" data-testid="home-pulse">
              <p className="font-semibold">{pulse.name}</p>
              <p className="text-sm text-slate-600">{fmt(h.closesOn, { date: formatDate(locale, pulse.closesAt) })}</p>
              {pulse.answered ? (
                <p className="mt-2 text-green-800">{h.answered}</p>
              ) : (
                // A plain link: the answer page is a light, script-free document of its own.
                <a className="mt-2 inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white" href={pulse.href}>
                  {h.answer}
                  <span className="sr-only"> – {pulse.name}</span>
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link className="font-medium text-blue-700 underline" href={`/${locale}/pulses`}>
          {h.allPulses}
        </Link>
      </p>
    </section>
  );
}
