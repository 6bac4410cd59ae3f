// The organisation's customer contacts (ADMIN and CX: `contacts:manage`; others get the 403
// page): filters in the URL, a summary by email status and link state, keyset pages of 50, the
// last error of failed emails with "retry now", links to the CSV import, the API and the export.
import Link from "next/link";
import { ContactsFiltersForm } from "@/components/contacts/contacts-filters-form";
import { ContactsPagination } from "@/components/contacts/contacts-pagination";
import { ContactsSummary } from "@/components/contacts/contacts-summary";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import {
  contactFiltersQuery,
  hasContactFilter,
  readContactFilters,
  readCursor,
  withKnownTeam,
  type SearchParams,
} from "@/lib/contacts/list-filters";
import { countContacts } from "@/lib/db/contacts/count-contacts";
import { listContactTeamOptions } from "@/lib/db/contacts/list-contact-team-options";
import { listContacts } from "@/lib/db/contacts/list-contacts";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { retryContactEmailAction } from "./actions";
import { retryResult } from "./retry-results";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.contacts.list.title);

const link = "text-blue-700 underline";

export default async function ContactsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const m = t.contacts.list;
  const path = `/${locale}/contacts`;
  const actor = await requireActor(locale, path);
  const query = await searchParams;
  const teams = await orPageError(listContactTeamOptions(actor));
  const filters = withKnownTeam(readContactFilters(query), teams);
  const cursor = readCursor(query);
  const now = new Date();
  const [page, counts] = await orPageError(
    Promise.all([listContacts(actor, { filters, cursor, now }), countContacts(actor, filters, now)]),
  );
  const result = retryResult(query.result);
  const pageHref = (to: string | null) => (to ? `${path}${contactFiltersQuery(filters, { cursor: to })}` : null);
  const links = (
    <>
      <Link className={link} href={`${path}/import`}>
        {m.importLink}
      </Link>
      <a className={link} href="/api/v1/openapi.json">
        {m.apiDocsLink}
      </a>
    </>
  );
  return (
    <>
      <PageHeader title={m.title} lead={m.lead} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        {links}
        {counts.total > 0 ? (
          <a className={link} href={`${path}/export.csv${contactFiltersQuery(filters)}`} download title={m.exportHint}>
            {m.exportLink}
          </a>
        ) : null}
      </p>
      {result ? (
        <p role="status" className="mb-4 rounded border border-slate-300 bg-white px-4 py-2" data-testid="contacts-notice">
          {m.results[result]}
        </p>
      ) : null}
      <ContactsFiltersForm action={path} filters={filters} teams={teams} t={t} />
      {counts.total === 0 && !hasContactFilter(filters) ? (
        <div className="flex flex-col gap-3">
          <EmptyState title={m.emptyTitle} hint={m.emptyHint} />
          <p className="flex flex-wrap justify-center gap-4 text-sm">{links}</p>
        </div>
      ) : counts.total === 0 || page.rows.length === 0 ? (
        <div className="flex flex-col gap-3">
          <EmptyState title={m.noMatchTitle} hint={m.noMatchHint} />
          <p className="text-center text-sm">
            <Link className={link} href={path}>
              {m.reset}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <ContactsSummary counts={counts} locale={locale} t={t} />
          <ContactsTable
            rows={page.rows}
            now={now}
            back={contactFiltersQuery(filters, { cursor })}
            locale={locale}
            t={t}
            action={retryContactEmailAction}
          />
          <ContactsPagination
            label={m.pagination}
            previous={{ text: m.previous, href: pageHref(page.previousCursor) }}
            next={{ text: m.next, href: pageHref(page.nextCursor) }}
          />
        </>
      )}
    </>
  );
}
