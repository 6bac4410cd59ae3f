// What the actions list shows while its page renders: its title and a polite "loading" line. In
// the (list) group so it wraps the list only: under a loading boundary a detail page's 404 would
// already have been sent as a 200.
import { PageHeader } from "@/components/ui/page-header";
import { localeFromRequest } from "@/lib/i18n/server";

export default async function ActionsLoading() {
  const { t } = await localeFromRequest();
  return (
    <>
      <PageHeader title={t.actionPages.list.title} />
      <p role="status" aria-live="polite" className="text-slate-600">
        {t.actionPages.list.loading}
      </p>
    </>
  );
}
