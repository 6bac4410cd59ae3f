// The mail senders' side (lib/mail): the organisation's own template for a kind and locale,
// or null for the built-in email. Run by the worker as the system, keyed by organisation.
import type { EmailTemplateKind } from "@/lib/wording/email-template";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export async function emailTemplateFor(
  organisationId: string,
  kind: EmailTemplateKind,
  locale: "fr" | "en",
): Promise<{ subject: string; body: string } | null> {
  return withOrganisation(organisationId, async () => {
    return db().emailTemplate.findUnique({
      where: { organisationId_kind_locale: { organisationId, kind, locale } },
      select: { subject: true, body: true },
    });
  });
}
