// The organisation's own employee wording (the pulse's name used as [X], introduction and
// thank-you) in one language, for the employee answer pages: any signed-in member of the
// organisation may read it (their own pulse shows it); null = the standard wording.
import type { Actor } from "@/lib/auth/actor-types";
import type { Locale } from "@/lib/i18n/config";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface EmployeeWordingDto {
  questionName: string | null;
  intro: string | null;
  thankYou: string | null;
}

export async function findEmployeeWording(actor: Actor, locale: Locale): Promise<EmployeeWordingDto | null> {
  return withOrganisation(actor.organisationId, async () => {
    const row = await db().surveyWording.findUnique({
      where: { organisationId_locale_side: { organisationId: actor.organisationId, locale, side: "EMPLOYEE" } },
      select: { name: true, intro: true, thankYou: true },
    });
    return row ? { questionName: row.name, intro: row.intro, thankYou: row.thankYou } : null;
  });
}
