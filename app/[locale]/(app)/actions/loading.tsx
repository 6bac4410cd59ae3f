// What the actions list shows while its page renders: its title and a polite "loading" line.
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
