// Detractor follow-ups (closed loop, issue 3): open and in-progress ones of the actor's
// scope, newest first. EMPLOYEE gets 403; the data layer scopes the query itself.
import { FollowUpsTable } from "@/components/follow-ups/follow-ups-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { FOLLOW_UPS_PAGE_SIZE, listOpenFollowUps } from "@/lib/db/follow-ups/list-follow-ups";
import { fmt } from "@/lib/i18n/format";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { updateFollowUpStatusAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string | string[] }> };

export const generateMetadata = pageTitle((t) => t.followUps.title);

export default async function FollowUpsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/follow-ups`);
  const rows = await orPageError(listOpenFollowUps(actor));
  const { result } = await searchParams;
  const notice =
    result === "updated"
      ? t.followUps.updated
      : result === "not-found"
        ? t.followUps.notFound
        : result === "invalid"
          ? t.followUps.invalid
          : null;
  return (
    <>
      <PageHeader title={t.followUps.title} lead={t.followUps.intro} />
      {notice ? (
        <p role="status" className="mb-4 rounded border border-slate-300 bg-white px-4 py-2" data-testid="follow-up-notice">
          {notice}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t.followUps.empty} hint={t.followUps.emptyHint} />
      ) : (
        <FollowUpsTable
          rows={rows}
          locale={locale}
          t={t.followUps}
          action={updateFollowUpStatusAction}
          newAction={{ column: t.actionPages.teamLinks.create, label: t.actionPages.teamLinks.createForFollowUp }}
        />
      )}
      {rows.length >= FOLLOW_UPS_PAGE_SIZE ? (
        <p className="mt-2 text-sm text-slate-600">{fmt(t.followUps.limited, { n: FOLLOW_UPS_PAGE_SIZE })}</p>
      ) : null}
    </>
  );
}
