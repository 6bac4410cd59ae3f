// The comments page's filters as a plain GET form (works without JavaScript, bookmarkable): a
// team of the reader's scope, months, a mirrored theme pair and a free-text search.
import { MonthFilter, SearchFilter, SelectFilter, TeamFilter } from "@/components/ui/filter-fields";
import { GetFilterForm } from "@/components/ui/get-filter-form";
import type { CommentFilters } from "@/lib/dashboard/comments-url";
import { localLabel } from "@/lib/dashboard/labels";
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH } from "@/lib/db/dashboard/list-verbatims";
import type { ScopeTeamDto } from "@/lib/db/teams/list-scope-teams";
import type { ThemePairDto } from "@/lib/db/themes/list-theme-pairs";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

type Props = { action: string; filters: CommentFilters; teams: ScopeTeamDto[]; pairs: ThemePairDto[]; locale: Locale; t: Messages };

/** The pair's option: its customer theme's id (listVerbatims takes either side's). */
const pairValue = (pair: ThemePairDto) => (pair.customer ?? pair.employee)!.id;

function pairLabel(pair: ThemePairDto, locale: Locale, t: Messages): string {
  const sides = [pair.customer, pair.employee].filter((theme) => theme !== null);
  const label = sides.map((theme) => localLabel(locale, theme)).join(" ↔ ");
  return sides.every((theme) => theme.active) ? label : `${label} (${t.comments.catalogue.inactive})`;
}

export function CommentFiltersForm({ action, filters, teams, pairs, locale, t }: Props) {
  const m = t.comments;
  const chosen = pairs.find((pair) => pair.customer?.id === filters.theme || pair.employee?.id === filters.theme);
  return (
    <GetFilterForm
      action={action}
      label={m.filters}
      apply={m.apply}
      reset={m.reset}
      hint={{ id: "comments-search-hint", text: m.searchHint }}
    >
      <TeamFilter title={m.team} name="teamId" value={filters.teamId} all={m.allTeams} teams={teams} />
      <MonthFilter title={m.from} name="from" value={filters.from} placeholder="2026-05" />
      <MonthFilter title={m.to} name="to" value={filters.to} placeholder="2026-10" />
      <SelectFilter
        title={m.theme}
        name="theme"
        value={chosen ? pairValue(chosen) : filters.theme}
        all={m.allThemes}
        options={pairs.map((pair) => ({ value: pairValue(pair), label: pairLabel(pair, locale, t) }))}
      />
      <SearchFilter
        title={m.search}
        name="q"
        value={filters.q}
        min={SEARCH_MIN_LENGTH}
        max={SEARCH_MAX_LENGTH}
        hintId="comments-search-hint"
      />
    </GetFilterForm>
  );
}
