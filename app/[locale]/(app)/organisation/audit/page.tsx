// The organisation's audit log (ADMIN only: `audit:read`; others get the 403 page): filters by
// person, action and Paris days in the URL, newest first in keyset pages of 50, CSV export of the
// whole filter. A bad filter or cursor is said inline (nothing listed), never a 500.
import Link from "next/link";
import { ContactsPagination } from "@/components/contacts/contacts-pagination";
import { AuditFiltersForm } from "@/components/organisation/audit-filters-form";
import { AuditLogTable } from "@/components/organisation/audit-log-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { listAuditFilterOptions } from "@/lib/db/audit/list-audit-filter-options";
import { listAuditLog, type AuditLogPageDto } from "@/lib/db/audit/list-audit-log";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { auditFiltersQuery, readAuditCursor, readAuditFilters, type SearchParams } from "@/lib/organisations/audit-log";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.audit.title);

const link = "text-blue-700 underline";

/** The data layer's refusal in the page's words: which filter is wrong, or that the page link is. */
function refusal(error: unknown, m: Messages["audit"]): string {
  if (error instanceof NotFoundError) return m.unknownPerson;
  if (!(error instanceof ExpectedError) || error.code !== "INVALID_INPUT") throw error;
  if (error.message.startsWith("cursor")) return m.badCursor;
  const labels: Record<string, string> = { personId: m.person, action: m.action, from: m.from, to: m.to };
  const fields = error.message.split("; ").map((part) => labels[part.split(":")[0] ?? ""] ?? part);
  return fmt(m.invalid, { detail: [...new Set(fields)].join(", ") });
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const m = t.audit;
  const path = `/${locale}/organisation/audit`;
  const actor = await requireActor(locale, path);
  const options = await orPageError(listAuditFilterOptions(actor));
  const query = await searchParams;
  const filters = readAuditFilters(query);
  let page: AuditLogPageDto | null = null;
  let problem: string | null = null;
  try {
    page = await listAuditLog(actor, { filters, cursor: readAuditCursor(query) });
  } catch (error) {
    problem = refusal(error, m);
  }
  const filtered = Object.keys(filters).length > 0;
  const pageHref = (cursor: string | null) => (cursor ? `${path}${auditFiltersQuery(filters, { cursor })}` : null);
  return (
    <>
      <PageHeader title={m.title} lead={m.lead} />
      <AuditFiltersForm action={path} values={filters} options={options} t={m} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        {filtered || problem ? (
          <Link className={link} href={path}>
            {m.reset}
          </Link>
        ) : null}
        {page && page.rows.length > 0 ? (
          <a className={link} href={`${path}/export.csv${auditFiltersQuery(filters)}`} download title={m.exportHint}>
            {m.export}
          </a>
        ) : null}
      </p>
      {problem ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800" data-testid="audit-problem">
          {problem}
        </p>
      ) : !page || page.rows.length === 0 ? (
        <EmptyState title={filtered ? m.noMatchTitle : m.emptyTitle} hint={filtered ? m.noMatchHint : m.emptyHint} />
      ) : (
        <>
          <AuditLogTable rows={page.rows} locale={locale} t={m} />
          <ContactsPagination
            label={m.pagination}
            previous={{ text: m.newer, href: pageHref(page.previousCursor) }}
            next={{ text: m.older, href: pageHref(page.nextCursor) }}
          />
        </>
      )}
    </>
  );
}
