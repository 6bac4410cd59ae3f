// Sends the detractor alerts (issue 14 §4): the data layer claims what is due
// (lib/db/follow-ups/alerts.ts, each stamped before its mail goes), this renders and sends. A new
// follow-up whose every mail was refused is released for a later run; a refused digest or
// reminder is logged (scrubbed) and not retried: the follow-ups list still shows them.
import {
  ALERT_BATCH,
  claimDailyDigests,
  claimNewDetractorAlerts,
  claimOverdueReminders,
  releaseNewDetractorAlert,
  type AlertRecipientDto,
} from "@/lib/db/follow-ups/alerts";
import { appBaseUrl, DEV_APP_URL, scrubMailError } from "./base";
import { renderFollowUpAlert, type FollowUpAlertInput } from "./templates/follow-up-alert";
import { mailTransport, sendMail } from "./transport";

export interface FollowUpAlertsResult {
  immediate: number;
  digests: number;
  reminders: number;
  failed: number;
  /** A claim filled its batch: more may be due now. */
  more: boolean;
}

/** A mail's content before its recipient's language is known. */
type Content = FollowUpAlertInput extends infer I ? (I extends FollowUpAlertInput ? Omit<I, "locale" | "baseUrl"> : never) : never;

const sender = ({ organisationName, brandColor }: { organisationName: string; brandColor: string }) => ({ organisationName, brandColor });

/** One alert run at `now`: new detractors, due digests, overdue reminders; nothing when mail is off. */
export async function sendFollowUpAlerts(now = new Date(), batch = ALERT_BATCH): Promise<FollowUpAlertsResult> {
  const result: FollowUpAlertsResult = { immediate: 0, digests: 0, reminders: 0, failed: 0, more: false };
  const transport = mailTransport();
  // Without SMTP nothing is claimed: the alerts wait for mail to be configured.
  if (!transport) return result;
  const baseUrl = appBaseUrl() ?? DEV_APP_URL;
  const send = async (to: AlertRecipientDto, content: Content): Promise<boolean> => {
    const email = renderFollowUpAlert({ ...content, locale: to.locale, baseUrl });
    try {
      await sendMail(transport, { to: to.email, ...email, language: to.locale });
      return true;
    } catch (error) {
      result.failed++;
      console.error(`[follow-ups] ${content.kind} alert failed: ${scrubMailError(error, [to.email])}`);
      return false;
    }
  };

  const alerts = await claimNewDetractorAlerts(now, batch);
  for (const { followUp, recipients } of alerts) {
    let sent = 0;
    for (const to of recipients) if (await send(to, { kind: "immediate", followUp, ...sender(followUp) })) sent++;
    result.immediate += sent;
    if (recipients.length > 0 && sent === 0) await releaseNewDetractorAlert(followUp.id);
  }

  const digests = await claimDailyDigests(now, batch);
  for (const digest of digests) {
    if (digest.followUps.length === 0) continue;
    if (await send(digest.recipient, { kind: "digest", since: digest.since, followUps: digest.followUps, ...sender(digest) }))
      result.digests++;
  }

  const reminders = await claimOverdueReminders(now, batch);
  for (const { followUp, recipients, toAssignee } of reminders) {
    for (const to of recipients) if (await send(to, { kind: "overdue", followUp, toAssignee, ...sender(followUp) })) result.reminders++;
  }

  result.more = alerts.length >= batch || digests.length >= batch || reminders.length >= batch;
  return result;
}
