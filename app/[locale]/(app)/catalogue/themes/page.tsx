// The catalogue's comment themes (issue 15 §2): each customer theme beside its employee mirror,
// FR/EN labels, FR/EN keywords and active, each with its edit form (themes:manage: ADMIN, HR,
// CX; anyone else gets the 403 page). A save re-matches the comments in PostgreSQL and shows
// how many customer comments the theme now matches; a link reads them on the comments page.
import Link from "next/link";
import { CatalogueTabs } from "@/components/catalogue/catalogue-tabs";
import { ThemeForm } from "@/components/catalogue/theme-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { can } from "@/lib/auth/policy";
import { commentsHref } from "@/lib/dashboard/comments-url";
import { localLabel } from "@/lib/dashboard/labels";
import { listThemePairs, type ThemeDto, type ThemePairDto } from "@/lib/db/themes/list-theme-pairs";
import { ForbiddenError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { saveThemeAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.comments.catalogue.title);

function Side({ theme, side, locale, t }: { theme: ThemeDto | null; side: "customer" | "employee"; locale: Locale; t: Messages }) {
  const m = t.comments.catalogue;
  return (
    <div role="group" aria-label={t.comments[side]} className="flex flex-col gap-2" data-testid={`${side}-theme`}>
      <h3 className="font-medium">
        {t.comments[side]}
        {theme && !theme.active ? <span className="ml-2 text-sm font-normal text-slate-500">({m.inactive})</span> : null}
      </h3>
      {theme ? (
        <>
          <p className="font-mono text-xs text-slate-600">{theme.key}</p>
          {theme.matchedComments !== null ? (
            <p className="text-sm text-slate-700" data-testid="matched-comments">
              {fmt(m.matched, { n: theme.matchedComments })}
            </p>
          ) : null}
          <ThemeForm theme={theme} label={localLabel(locale, theme)} labels={m} action={saveThemeAction} />
        </>
      ) : (
        <p className="text-sm text-slate-500">{t.comments.noMirrorSide}</p>
      )}
    </div>
  );
}

function Pair({ pair, locale, t }: { pair: ThemePairDto; locale: Locale; t: Messages }) {
  const labels = [pair.customer, pair.employee].filter((theme) => theme !== null).map((theme) => localLabel(locale, theme));
  return (
    <section
      aria-labelledby={`pair-${pair.id}`}
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      data-testid="theme-pair"
    >
      <h2 id={`pair-${pair.id}`} className="text-lg font-semibold">
        {labels.join(" ↔ ")}
      </h2>
      <p className="mb-3 text-sm">
        <Link className="text-blue-700 underline" href={commentsHref(locale, { theme: pair.id })}>
          {t.comments.catalogue.readComments}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Side theme={pair.customer} side="customer" locale={locale} t={t} />
        <Side theme={pair.employee} side="employee" locale={locale} t={t} />
      </div>
    </section>
  );
}

export default async function ThemesCataloguePage({ params }: Props) {
  const { locale, t: messages } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/catalogue/themes`);
  if (!can(actor, "themes:manage")) await orPageError(Promise.reject(new ForbiddenError()));
  const pairs = await orPageError(listThemePairs(actor));
  const m = messages.comments.catalogue;
  return (
    <>
      <PageHeader title={messages.catalogue.title} lead={m.lead} />
      <CatalogueTabs locale={locale} t={messages.catalogue} current="themes" />
      <h2 className="mb-3 text-lg font-semibold">{m.title}</h2>
      {pairs.length === 0 ? (
        <EmptyState title={m.empty} />
      ) : (
        <div className="flex flex-col gap-6">
          {pairs.map((pair) => (
            <Pair key={pair.id} pair={pair} locale={locale} t={messages} />
          ))}
        </div>
      )}
    </>
  );
}
