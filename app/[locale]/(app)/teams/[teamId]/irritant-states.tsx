// The team page's entry point for the irritant states: reads them for the actor (scope and
// anonymity in the data layer) and draws the section. One line on the page, so other work on the
// same page merges cleanly.
import type { Actor } from "@/lib/auth/actor-types";
import { orPageError } from "@/lib/auth/or-page-error";
import type { SearchParams } from "@/lib/dashboard/url-filters";
import { getTeamIrritantStates } from "@/lib/db/team-irritants/get-team-irritant-states";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { IrritantStatesSection } from "@/components/team-irritants/irritant-states-section";
import { addWorkshopIrritantAction, markIrritantEliminatedAction, reopenIrritantAction } from "./irritant-actions";

type Props = { actor: Actor; teamId: string; searchParams: Promise<SearchParams>; locale: Locale; t: Messages };

export async function TeamIrritantStates({ actor, teamId, searchParams, locale, t }: Props) {
  const [states, params] = await Promise.all([orPageError(getTeamIrritantStates(actor, teamId)), searchParams]);
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
