// The employee's home (issue 19 §5): the pulses they can answer, then their team's and their
// organisation's published employee results — not the statistics dashboard. Every other role
// lands on the dashboard (lib/auth/landing.ts) and is sent there.
import { redirect } from "next/navigation";
import { HomePulses, type HomePulse } from "@/components/home/home-pulses";
import { HomeResults } from "@/components/home/home-results";
import { MyActions } from "@/components/home/my-actions";
import { PublishedActions } from "@/components/home/published-actions";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { landingPath } from "@/lib/auth/landing";
import { getEmployeeHome } from "@/lib/db/dashboard/get-employee-home";
import { eventPulseName } from "@/lib/db/employee-events/find-event-form";
import { listMyEventPulses } from "@/lib/db/employee-events/list-my-event-pulses";
import { listMyOpenPulses } from "@/lib/db/pulses/list-pulses";
import { listMyOwnedActions } from "@/lib/db/published-actions/list-my-owned-actions";
import { listPublishedActionsForHome } from "@/lib/db/published-actions/list-published-actions-for-home";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.home.title);

export default async function HomePage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/home`);
  const landing = landingPath(locale, actor.role);
  if (landing !== `/${locale}/home`) redirect(landing);
  const [pulses, events, home, published, owned] = await Promise.all([
    listMyOpenPulses(actor),
    listMyEventPulses(actor),
    getEmployeeHome(actor),
    listPublishedActionsForHome(actor),
    listMyOwnedActions(actor),
  ]);
  const toAnswer: HomePulse[] = [
    ...events.map((event) => ({
      key: `e-${event.id}`,
      name: eventPulseName(locale, event.type),
      href: `/${locale}/e/${event.id}`,
      closesAt: event.closesAt,
      answered: event.answered,
    })),
    ...pulses.map((pulse) => ({
      key: `p-${pulse.id}`,
      name: pulse.name,
      href: `/${locale}/p/${pulse.id}`,
      closesAt: pulse.closesAt,
      answered: pulse.answered,
    })),
  ];
  return (
    <>
      <PageHeader title={t.home.title} lead={t.home.lead} />
      <HomePulses pulses={toAnswer} locale={locale} t={t} />
      <HomeResults home={home} locale={locale} t={t} />
      <MyActions actions={owned} locale={locale} t={t} />
      <PublishedActions actions={published} locale={locale} t={t} />
    </>
  );
}
