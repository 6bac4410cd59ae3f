// The employee's pulse surveys. Empty state until the pulse flow (issue 4) lands.
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.pulses.title);

export default async function PulsesPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  await requireActor(locale, `/${locale}/pulses`);
  return (
    <>
      <PageHeader title={t.pulses.title} />
      <EmptyState title={t.pulses.empty} hint={t.pulses.emptyHint} />
    </>
  );
}
