// "Invite everyone not yet invited" (issue 12 §5): stores the links of the filter's people (at most
// BULK_INVITE_LIMIT a click, lib/db/people/invite-people.ts), mails them a few at a time over the
// same SMTP transport and template as a single invitation, then voids the links whose mail the
// server refused, so those people count as not invited and the next click retries them.
import "server-only";
import type { Actor } from "@/lib/auth/actor-types";
import { invitePeople, voidUndeliveredInvitations } from "@/lib/db/people/invite-people";
import type { PeopleFilters } from "@/lib/organisations/person-schema";
import { sendAccountEmail } from "./account-emails";
import { mailTransport } from "./transport";

/** How many invitation emails are in flight at once: a click stays quick without flooding the relay. */
const MAIL_CONCURRENCY = 4;

export type BulkInviteOutcome = "noMail" | { sent: number; refused: number; remaining: number };

export async function inviteEveryoneNotYetInvited(actor: Actor, filters: PeopleFilters): Promise<BulkInviteOutcome> {
  // Links nobody can receive are not worth creating: without mail, nothing is written.
  if (!mailTransport()) return "noMail";
  const invitation = await invitePeople(actor, filters);
  const refused: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < invitation.mails.length) {
      const mail = invitation.mails[next++]!;
      const outcome = await sendAccountEmail(mail.email, mail.token, {
        purpose: "INVITATION",
        locale: mail.locale,
        organisationName: invitation.organisationName,
        expiresAt: invitation.expiresAt,
      });
      if (outcome !== "sent") refused.push(mail.token);
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAIL_CONCURRENCY, invitation.mails.length) }, worker));
  await voidUndeliveredInvitations(actor, refused);
  return { sent: invitation.mails.length - refused.length, refused: refused.length, remaining: invitation.remaining };
}
