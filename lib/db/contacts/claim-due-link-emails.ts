// The survey link emails' data side for the mail sender (lib/mail/link-emails.ts), run as the
// system: claim due contacts (FOR UPDATE SKIP LOCKED + a lease, so several workers never take
// the same contact and a crash only delays a retry), then record each outcome, scoped by id and
// organisationId. Organisation data is read through the contact.
import { db } from "../client";
import { asSystem } from "../tenant-context";
import { withOrganisation } from "../tenant-context";

export const MAX_EMAIL_ATTEMPTS = 6;
/** How long a claim keeps other workers away; a crashed worker's contacts are retried after it. */
export const LINK_EMAIL_LEASE_SECONDS = 10 * 60;

/** Exponential backoff after the n-th failed attempt: 5 min, 15 min, 45 min, 2 h 15, 6 h 45. */
export function retryDelayMs(attempts: number): number {
  return 5 * 60_000 * 3 ** Math.max(0, attempts - 1);
}

async function claimDueContacts(limit: number): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    UPDATE "Contact" AS c SET "emailNextAttemptAt" = now() + make_interval(secs => ${LINK_EMAIL_LEASE_SECONDS})
    FROM (
      SELECT id FROM "Contact"
      WHERE "emailNextAttemptAt" <= now() AND "emailStatus" IN ('PENDING', 'FAILED')
      ORDER BY "emailNextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE c.id = due.id
    RETURNING c.id`;
  return rows.map((row) => row.id);
}

function loadClaimed(ids: string[]) {
  return db().contact.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      organisationId: true,
      locale: true,
      customerEmail: true,
      emailAttempts: true,
      organisation: { select: { name: true, brandColor: true } },
      linkExpiresAt: true,
      linkUsedAt: true,
    },
  });
}
export type ClaimedLinkEmailDto = Awaited<ReturnType<typeof loadClaimed>>[number];

/** Claims up to `limit` due contacts; each stays invisible to other workers for the lease. */
export async function claimDueLinkEmails(limit: number): Promise<ClaimedLinkEmailDto[]> {
  return asSystem(async () => {
    const ids = await claimDueContacts(limit);
    return ids.length === 0 ? [] : loadClaimed(ids);
  });
}

export async function recordLinkEmailSent(contact: ClaimedLinkEmailDto): Promise<void> {
  return withOrganisation(contact.organisationId, async () => {
    await db().contact.updateMany({
      where: { id: contact.id, organisationId: contact.organisationId },
      data: {
        emailStatus: "SENT",
        emailSentAt: new Date(),
        emailNextAttemptAt: null,
        emailLastError: null,
        emailAttempts: { increment: 1 },
      },
    });
  });
}

/**
 * A failure is always recorded on the contact (`message` must hold no address nor token):
 * retried with backoff, or given up visibly; answers the attempt number and whether it gave up.
 */
export async function recordLinkEmailFailed(
  contact: ClaimedLinkEmailDto,
  message: string,
  retry: boolean,
): Promise<{ attempts: number; gaveUp: boolean }> {
  return withOrganisation(contact.organisationId, async () => {
    const attempts = contact.emailAttempts + 1;
    const gaveUp = !retry || attempts >= MAX_EMAIL_ATTEMPTS;
    await db().contact.updateMany({
      where: { id: contact.id, organisationId: contact.organisationId },
      data: {
        emailStatus: "FAILED",
        emailAttempts: attempts,
        emailLastError: message,
        emailNextAttemptAt: gaveUp ? null : new Date(Date.now() + retryDelayMs(attempts)),
      },
    });
    return { attempts, gaveUp };
  });
}
