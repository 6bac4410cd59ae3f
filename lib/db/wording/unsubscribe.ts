// A customer's one-click unsubscribe (docs/emails.md): the signed token names a contact, the
// contact names the organisation and the address. Recording is idempotent; the address's mails
// still waiting are stopped (UNSUBSCRIBED) in the same transaction. A token that does not verify,
// or a contact without an address, writes nothing. The token is the credential: never logged.
import { contactIdOfUnsubscribeToken } from "@/lib/wording/unsubscribe-token";
import { db } from "../client";
import { asSystem } from "../tenant-context";

export type UnsubscribeDto = { status: "unknown" } | { status: "open" | "done"; organisationName: string };

async function contactOf(secret: string, token: string) {
  const contactId = contactIdOfUnsubscribeToken(secret, token);
  if (!contactId) return null;
  const contact = await db().contact.findUnique({
    where: { id: contactId },
    select: { organisationId: true, customerEmail: true, organisation: { select: { name: true } } },
  });
  return contact?.customerEmail ? { ...contact, email: contact.customerEmail.trim().toLowerCase() } : null;
}

/** What the unsubscribe page shows: the organisation, and whether the address is already unsubscribed. */
export async function findUnsubscribe(secret: string, token: string): Promise<UnsubscribeDto> {
  return asSystem(async () => {
    const contact = await contactOf(secret, token);
    if (!contact) return { status: "unknown" };
    const suppressed = await db().emailSuppression.findUnique({
      where: { organisationId_email: { organisationId: contact.organisationId, email: contact.email } },
      select: { createdAt: true },
    });
    return { status: suppressed ? "done" : "open", organisationName: contact.organisation.name };
  });
}

/** Records the suppression (again: no change) and stops the address's waiting mails; "unknown" wrote nothing. */
export async function unsubscribeWithToken(secret: string, token: string): Promise<"done" | "unknown"> {
  return asSystem(async () => {
    const contact = await contactOf(secret, token);
    if (!contact) return "unknown";
    const { organisationId, email } = contact;
    await db().$transaction([
      db().$executeRaw`INSERT INTO "EmailSuppression" ("organisationId", email) VALUES (${organisationId}::uuid, ${email})
                     ON CONFLICT DO NOTHING`,
      db().$executeRaw`UPDATE "Contact" SET "emailStatus" = 'UNSUBSCRIBED', "emailNextAttemptAt" = NULL
                     WHERE "organisationId" = ${organisationId}::uuid AND lower("customerEmail") = ${email}
                       AND "emailStatus" IN ('PENDING', 'FAILED')`,
    ]);
    return "done";
  });
}
