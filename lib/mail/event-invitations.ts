// Sends invitations to personal pulses (employee moments of truth): the data layer claims the
// due events (lib/db/employee-events/claim-event-invitations.ts), this renders and sends, and
// releases an event whose mail was refused so a later sweep retries it.
import { claimEventInvitations, EVENT_MAIL_BATCH, releaseEventInvitation } from "@/lib/db/employee-events/claim-event-invitations";
import { eventPulseName } from "@/lib/db/employee-events/find-event-form";
import { eventClosesAt } from "@/lib/pulses/event-pulse";
import { appBaseUrl, DEV_APP_URL, scrubMailError } from "./base";
import { renderPulseEmail } from "./templates/pulse-invitation";
import { mailTransport, sendMail } from "./transport";

/** Sends due invitations, at most `batches` batches; `more` tells whether more may be due. */
export async function sendEventInvitations(batches = Number.POSITIVE_INFINITY): Promise<{ sent: number; more: boolean }> {
  const transport = mailTransport();
  if (!transport) return { sent: 0, more: false };
  const base = appBaseUrl() ?? DEV_APP_URL;
  let sent = 0;
  for (let done = 0; ; done++) {
    if (done >= batches) return { sent, more: true };
    const batch = await claimEventInvitations();
    for (const event of batch) {
      const email = renderPulseEmail({
        kind: "invite",
        locale: event.locale,
        organisationName: event.organisationName,
        brandColor: event.brandColor,
        pulseName: eventPulseName(event.locale, event.type),
        closesAt: eventClosesAt(event.surveyDueAt),
        minGroupSize: Math.max(3, event.minGroupSize),
        url: `${base}/${event.locale}/e/${event.id}`,
      });
      try {
        await sendMail(transport, { to: event.email, ...email, language: event.locale });
        sent++;
      } catch (error) {
        await releaseEventInvitation(event.id);
        // Scrubbed: the address would name whose moment of truth this is.
        console.error(`[employee-events] invitation failed: ${scrubMailError(error, [event.email])}`);
      }
    }
    if (batch.length < EVENT_MAIL_BATCH) return { sent, more: false };
  }
}
