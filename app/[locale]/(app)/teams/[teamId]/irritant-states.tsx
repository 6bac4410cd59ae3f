// The team page's entry point for the irritant states (read by the page with getTeamIrritantStates:
// scope and anonymity in the data layer): the section with its server actions and notice. One line on the page, so other work on the
// same page merges cleanly.
import type { SearchParams } from "@/lib/dashboard/url-filters";
import type { TeamIrritantStatesDto } from "@/lib/db/team-irritants/get-team-irritant-states";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { IrritantStatesSection } from "@/components/team-irritants/irritant-states-section";
import { addWorkshopIrritantAction, markIrritantEliminatedAction, reopenIrritantAction } from "./irritant-actions";

type Props = { states: TeamIrritantStatesDto; searchParams: Promise<SearchParams>; locale: Locale; t: Messages };

export async function TeamIrritantStates({ states, searchParams, locale, t }: Props) {
  const params = await searchParams;
  const notice = typeof params.irritants === "string" ? params.irritants : undefined;
  return (
    <IrritantStatesSection
      states={states}
      actions={{ workshop: addWorkshopIrritantAction, eliminate: markIrritantEliminatedAction, reopen: reopenIrritantAction }}
      notice={notice}
      locale={locale}
      t={t}
    />
  );
}
