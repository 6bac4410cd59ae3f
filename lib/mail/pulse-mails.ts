// Sends a pulse's invitations or reminders: the data layer claims the people
// (lib/db/pulses/claim-pulse-mails.ts, each stamped before the mail goes), this renders and
// sends, and releases a person whose mail was refused so a later job retries them.
import {
  claimPulseMails,
  PULSE_MAIL_BATCH,
  pulseMailContext,
  releasePulseMail,
  type PulseMailContextDto,
  type PulseMailKind,
  type PulseMailRecipientDto,
} from "@/lib/db/pulses/claim-pulse-mails";
import { claimRemindersNow } from "@/lib/db/pulses/claim-reminders-now";
import type { Actor } from "@/lib/auth/actor-types";
import { appBaseUrl, DEV_APP_URL, scrubMailError } from "./base";
import { renderPulseMail, templateLookup } from "./templated-emails";
import { mailTransport, sendMail } from "./transport";

/**
 * Sends due mails of that kind for the pulse, at most `batches` batches (a queue job does one
 * and queues its continuation, so a stopping worker never holds a long job); `more` tells
 * whether a full batch went out and more may be due.
 */
export async function sendPulseMails(
  pulseId: string,
  kind: PulseMailKind,
  batches = Number.POSITIVE_INFINITY,
): Promise<{ sent: number; more: boolean }> {
  const transport = mailTransport();
  const pulse = transport ? await pulseMailContext(pulseId, kind) : null;
  if (!transport || !pulse) return { sent: 0, more: false };
  let sent = 0;
  for (let done = 0; ; done++) {
    if (done >= batches) return { sent, more: true };
    const batch = await claimPulseMails(pulse.id, kind);
    sent += await mailPeople(transport, pulse, kind, batch);
    if (batch.length < PULSE_MAIL_BATCH) return { sent, more: false };
  }
}

/** Renders and sends one mail of that kind to each person; a refused one is released for a later retry. How many went. */
async function mailPeople(
  transport: NonNullable<ReturnType<typeof mailTransport>>,
  pulse: PulseMailContextDto,
  kind: PulseMailKind,
  people: readonly PulseMailRecipientDto[],
): Promise<number> {
  const base = appBaseUrl() ?? DEV_APP_URL;
  let sent = 0;
  const lookup = templateLookup();
  for (const person of people) {
    const template = await lookup(pulse.organisation.id, kind === "invite" ? "PULSE_INVITATION" : "PULSE_REMINDER", person.locale);
    const email = renderPulseMail(template, {
      kind,
      locale: person.locale,
      organisationName: pulse.organisation.name,
      brandColor: pulse.organisation.brandColor,
      pulseName: pulse.name,
      closesAt: pulse.closesAt,
      minGroupSize: Math.max(3, pulse.organisation.minGroupSize),
      url: `${base}/${person.locale}/p/${pulse.id}`,
    });
    try {
      await sendMail(transport, { to: person.email, ...email, language: person.locale });
      sent++;
    } catch (error) {
      await releasePulseMail(pulse.id, person.membershipId, kind);
      // Scrubbed: a failed reminder naming its recipient would say who has not answered.
      console.error(`[pulses] ${kind} mail failed: ${scrubMailError(error, [person.email])}`);
    }
  }
  return sent;
}

/**
 * HR's « relancer maintenant »: the reminder mail, now, to the invited people of an open pulse
 * who have not answered and were not reminded today (claimRemindersNow decides who, once per
 * day). `mail: false` when no SMTP is configured: nobody is claimed then, nobody loses a reminder.
 */
export async function sendRemindersNow(actor: Actor, pulseId: string): Promise<{ mail: boolean; sent: number }> {
  const transport = mailTransport();
  const { pulse, recipients } = await claimRemindersNow(actor, pulseId, transport !== null);
  if (!transport) return { mail: false, sent: 0 };
  return { mail: true, sent: await mailPeople(transport, pulse, "remind", recipients) };
}
