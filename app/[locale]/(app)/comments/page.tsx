// The comments of both sides, side by side (issue 15 §2): filtered by team, months, a mirrored
// theme (its customer side left, its employee mirror right) or a free-text search. Everything
// is decided by listVerbatims: role scope, the employee group size k_c applied before any
// search, random order and the month only. Other pages link here with
// `?theme=…&teamId=…&from=…&to=…`; a bad search or month is explained on the page, an unknown
// team or theme is a 404.
import { CommentFiltersForm } from "@/components/comments/comment-filters-form";
import { VerbatimColumn } from "@/components/dashboard/verbatims-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { readCommentFilters, type CommentFilters } from "@/lib/dashboard/comments-url";
import type { SearchParams } from "@/lib/dashboard/url-filters";
import { localLabel } from "@/lib/dashboard/labels";
import type { Actor } from "@/lib/auth/actor-types";
import { listVerbatims, VERBATIMS_PER_SIDE, type VerbatimsDto } from "@/lib/db/dashboard/list-verbatims";
import { listScopeTeams } from "@/lib/db/teams/list-scope-teams";
import { listThemePairs } from "@/lib/db/themes/list-theme-pairs";
import { ExpectedError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = pageTitle((t) => t.comments.title);

/** The verbatims, or "invalid" when the data layer refused a filter's value (a 400, explained). */
async function load(actor: Actor, filters: CommentFilters): Promise<VerbatimsDto | "invalid"> {
  try {
    return await orPageError(listVerbatims(actor, filters));
  } catch (error) {
    if (error instanceof ExpectedError && error.code === "INVALID_INPUT") return "invalid";
    throw error;
  }
}

function ThemeHeading({ theme, locale, t }: { theme: NonNullable<VerbatimsDto["theme"]>; locale: Locale; t: Messages }) {
  const m = t.comments;
  const [customer, employee] = [theme.customer, theme.employee].map((side) => (side ? localLabel(locale, side) : null));
  return (
    <div className="mb-4">
      <h2 className="text-lg font-semibold" data-testid="theme-heading">
        {customer && employee ? fmt(m.themeHeading, { customer, employee }) : (customer ?? employee)}
      </h2>
      {theme.noMirror ? (
        <p role="status" className="text-sm text-amber-900">
          {m.noMirror}
        </p>
      ) : null}
    </div>
  );
}

function Sides({ verbatims, locale, t }: { verbatims: VerbatimsDto; locale: Locale; t: Messages }) {
  const m = t.comments;
  const k = verbatims.minGroupSize;
  const { theme } = verbatims;
  const title = (side: "customer" | "employee") => {
    const chosen = theme?.[side];
    const template = side === "customer" ? m.customerTheme : m.employeeTheme;
    return chosen ? fmt(template, { label: localLabel(locale, chosen) }) : m[side];
  };
  const empty = (side: "customer" | "employee") =>
    theme && !theme[side] ? m.noMirrorSide : side === "customer" ? m.noCustomer : fmt(m.noEmployee, { k });
  return (
    <section aria-label={m.title} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      {theme ? <ThemeHeading theme={theme} locale={locale} t={t} /> : null}
      {verbatims.searchUnusable ? (
        <p role="status" className="mb-4 text-sm text-amber-900" data-testid="search-unusable">
          {m.searchUnusable}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {(["customer", "employee"] as const).map((side) => (
          <VerbatimColumn
            key={side}
            id={`comments-${side}`}
            title={title(side)}
            rows={verbatims[side]}
            empty={empty(side)}
            locale={locale}
            t={t}
          />
        ))}
      </div>
      <p className="mt-4 text-sm text-slate-600">{fmt(m.kcNote, { k })}</p>
      <p className="mt-1 text-sm text-slate-600">{fmt(m.capNote, { n: VERBATIMS_PER_SIDE })}</p>
    </section>
  );
}

export default async function CommentsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/comments`);
  const filters = readCommentFilters(await searchParams);
  const [verbatims, teams, pairs] = await Promise.all([
    load(actor, filters),
    orPageError(listScopeTeams(actor)),
    orPageError(listThemePairs(actor)),
  ]);
  return (
    <>
      <PageHeader title={t.comments.title} lead={t.comments.lead} />
      <CommentFiltersForm action={`/${locale}/comments`} filters={filters} teams={teams} pairs={pairs} locale={locale} t={t} />
      {verbatims === "invalid" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="comments-invalid">
          {t.comments.invalid}
        </p>
      ) : (
        <Sides verbatims={verbatims} locale={locale} t={t} />
      )}
    </>
  );
}
