// Sends due survey link emails: the data layer claims contacts and records outcomes
// (lib/db/contacts/claim-due-link-emails.ts); this renders and sends. Safe to run from several
// workers at once (claims never overlap); a crash only delays a retry until the lease ends.
import { authSecret } from "@/lib/auth/options";
import {
  claimDueLinkEmails,
  LINK_EMAIL_LEASE_SECONDS,
  recordLinkEmailFailed,
  recordLinkEmailSent,
  type ClaimedLinkEmailDto,
} from "@/lib/db/contacts/claim-due-link-emails";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { unsubscribeTokenFor } from "@/lib/wording/unsubscribe-token";
import { appBaseUrl, scrubMailError } from "./base";
import { renderSurveyLinkMail, templateLookup, unsubscribeLabel } from "./templated-emails";
import { mailTransport, sendMail, type MailTransport } from "./transport";

/** Stop starting new sends this long before the lease ends, so no claim expires mid-send. */
const SAFETY_MS = 3 * 60_000;

let noBaseLogged = false;

function linkBase(): string | null {
  const base = appBaseUrl();
  if (!base && !noBaseLogged) {
    noBaseLogged = true;
    console.warn("[mail] neither APP_URL nor NEXTAUTH_URL is set: survey link emails wait until one is.");
  }
  return base;
}

async function failed(contact: ClaimedLinkEmailDto, message: string, retry: boolean): Promise<false> {
  const { attempts, gaveUp } = await recordLinkEmailFailed(contact, message, retry);
  console.warn(`[mail] contact ${contact.id}: attempt ${attempts} failed (${message})${gaveUp ? "; giving up" : "; will retry"}`);
  return false;
}

type Lookup = ReturnType<typeof templateLookup>;

async function sendOne(contact: ClaimedLinkEmailDto, base: string, transport: MailTransport, lookup: Lookup): Promise<boolean> {
  const email = contact.customerEmail;
  const unsendable = !email
    ? "no email address"
    : contact.linkUsedAt
      ? "not sent: the customer has already answered"
      : contact.linkExpiresAt.getTime() <= Date.now()
        ? "not sent: the link expired first"
        : null;
  if (unsendable || !email) return failed(contact, unsendable ?? "", false);
  const { token } = linkTokenFor(authSecret(), contact.id);
  // One-click unsubscribe (RFC 8058): the mail client POSTs to the https address.
  const unsubscribeToken = unsubscribeTokenFor(authSecret(), contact.id);
  const unsubscribe = {
    label: unsubscribeLabel(contact.locale, contact.organisation.name),
    url: `${base}/${contact.locale}/unsubscribe/${unsubscribeToken}`,
  };
  const headers = {
    "List-Unsubscribe": `<${base}/api/unsubscribe/${unsubscribeToken}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  try {
    const template = await lookup(contact.organisationId, "SURVEY_LINK", contact.locale);
    const rendered = renderSurveyLinkMail(template, {
      locale: contact.locale,
      organisationName: contact.organisation.name,
      brandColor: contact.organisation.brandColor,
      url: `${base}/${contact.locale}/r/${token}`,
      expiresAt: contact.linkExpiresAt,
      unsubscribe,
    });
    await sendMail(transport, { to: email, language: contact.locale, headers, ...rendered });
  } catch (error) {
    return failed(contact, scrubMailError(error, [token, unsubscribeToken, email]), true);
  }
  await recordLinkEmailSent(contact);
  return true;
}

/** Sends up to `limit` due link emails; `sent + failed === limit` means more may be due. */
export async function sendDueLinkEmails(limit = 50): Promise<{ sent: number; failed: number }> {
  const transport = mailTransport();
  const base = transport ? linkBase() : null;
  if (!transport || !base) return { sent: 0, failed: 0 };
  const started = Date.now();
  const claimed = await claimDueLinkEmails(limit);
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  let sent = 0;
  let failures = 0;
  const lookup = templateLookup();
  for (const contact of claimed) {
    // Past the deadline the rest stay claimed until their lease ends, then go back to the pool.
    if (Date.now() - started > LINK_EMAIL_LEASE_SECONDS * 1000 - SAFETY_MS) break;
    if (await sendOne(contact, base, transport, lookup)) sent++;
    else failures++;
  }
  console.log(`[mail] survey link emails: ${sent} sent, ${failures} failed`);
  return { sent, failed: failures };
}
