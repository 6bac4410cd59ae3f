// Background job, run as the system (no principal): emails due survey links. Each contact is
// handled within its own organisation's row (organisation data read through the contact,
// updates scoped by id and organisationId). Claims use FOR UPDATE SKIP LOCKED with a lease,
// so several runners never send the same contact twice and a crash only delays a retry.
import { authSecret } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { renderSurveyLinkEmail } from "@/lib/mail/templates/survey-link";
import { mailTransport, sendMail } from "@/lib/mail/transport";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { db } from "../client";

export const MAX_EMAIL_ATTEMPTS = 6;
/** How long a claim keeps other runners away; a crashed runner's contacts are retried after it. */
const LEASE_SECONDS = 10 * 60;
/** Stop starting new sends this long before the lease ends, so no claim expires mid-send. */
const SAFETY_MS = 3 * 60_000;

/** Exponential backoff after the n-th failed attempt: 5 min, 15 min, 45 min, 2 h 15, 6 h 45. */
export function retryDelayMs(attempts: number): number {
  return 5 * 60_000 * 3 ** Math.max(0, attempts - 1);
}

/** Error text safe to store and log: no email address, no token, bounded length. */
export function scrubMailError(error: unknown, secrets: string[] = []): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) if (secret) text = text.split(secret).join("<redacted>");
  text = text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "<address>");
  return text.replace(/\s+/g, " ").trim().slice(0, 300) || "unknown error";
}

async function claimDueContacts(limit: number): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    UPDATE "Contact" AS c SET "emailNextAttemptAt" = now() + make_interval(secs => ${LEASE_SECONDS})
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
type ClaimedContact = Awaited<ReturnType<typeof loadClaimed>>[number];

async function recordSent(contact: ClaimedContact) {
  await db().contact.updateMany({
    where: { id: contact.id, organisationId: contact.organisationId },
    data: { emailStatus: "SENT", emailSentAt: new Date(), emailNextAttemptAt: null, emailLastError: null, emailAttempts: { increment: 1 } },
  });
}

/** A failure is always recorded on the contact: retried with backoff, or given up visibly. */
async function recordFailure(contact: ClaimedContact, message: string, retry: boolean) {
  const attempts = contact.emailAttempts + 1;
  const giveUp = !retry || attempts >= MAX_EMAIL_ATTEMPTS;
  await db().contact.updateMany({
    where: { id: contact.id, organisationId: contact.organisationId },
    data: { emailStatus: "FAILED", emailAttempts: attempts, emailLastError: message, emailNextAttemptAt: giveUp ? null : new Date(Date.now() + retryDelayMs(attempts)) },
  });
  console.warn(`[mail] contact ${contact.id}: attempt ${attempts} failed (${message})${giveUp ? "; giving up" : "; will retry"}`);
}

let noBaseLogged = false;

function linkBase(): string | null {
  const base = env().APP_URL ?? env().NEXTAUTH_URL;
  if (!base && !noBaseLogged) {
    noBaseLogged = true;
    console.warn("[mail] neither APP_URL nor NEXTAUTH_URL is set: survey link emails wait until one is.");
  }
  return base ? base.replace(/\/+$/, "") : null;
}

async function sendOne(contact: ClaimedContact, base: string, transport: NonNullable<ReturnType<typeof mailTransport>>): Promise<boolean> {
  const email = contact.customerEmail;
  const unsendable = !email ? "no email address" : contact.linkUsedAt ? "not sent: the customer has already answered" : contact.linkExpiresAt.getTime() <= Date.now() ? "not sent: the link expired first" : null;
  if (unsendable || !email) {
    await recordFailure(contact, unsendable ?? "", false);
    return false;
  }
  const { token } = linkTokenFor(authSecret(), contact.id);
  try {
    const rendered = renderSurveyLinkEmail({
      locale: contact.locale,
      organisationName: contact.organisation.name,
      brandColor: contact.organisation.brandColor,
      url: `${base}/${contact.locale}/r/${token}`,
      expiresAt: contact.linkExpiresAt,
    });
    await sendMail(transport, { to: email, language: contact.locale, ...rendered });
  } catch (error) {
    await recordFailure(contact, scrubMailError(error, [token, email]), true);
    return false;
  }
  await recordSent(contact);
  return true;
}

/** Sends up to `limit` due link emails; safe to run from several processes at once. */
export async function sendDueLinkEmails(limit = 50): Promise<{ sent: number; failed: number }> {
  const transport = mailTransport();
  const base = transport ? linkBase() : null;
  if (!transport || !base) return { sent: 0, failed: 0 };
  const started = Date.now();
  const ids = await claimDueContacts(limit);
  if (ids.length === 0) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (const contact of await loadClaimed(ids)) {
    // Past the deadline the rest stay claimed until their lease ends, then go back to the pool.
    if (Date.now() - started > LEASE_SECONDS * 1000 - SAFETY_MS) break;
    if (await sendOne(contact, base, transport)) sent++;
    else failed++;
  }
  console.log(`[mail] survey link emails: ${sent} sent, ${failed} failed`);
  return { sent, failed };
}
