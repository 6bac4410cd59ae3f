// Delivers due webhook outbox rows (written in the same transaction as their event, e.g.
// a detractor response). The job runner (lib/jobs/) calls deliverDueWebhooks periodically.
import {
  claimDueDeliveries,
  markAttemptFailed,
  markDelivered,
  type ClaimedDeliveryDto,
} from "@/lib/db/webhook-deliveries/claim-due-deliveries";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody } from "./sign";

const REQUEST_TIMEOUT_MS = 10_000;

/** Claims up to `limit` due deliveries, POSTs each, records the outcome; returns how many succeeded. */
export async function deliverDueWebhooks(limit = 20): Promise<number> {
  const claimed = await claimDueDeliveries(limit);
  const outcomes = await Promise.all(claimed.map(deliverOne));
  return outcomes.filter(Boolean).length;
}

async function deliverOne(delivery: ClaimedDeliveryDto): Promise<boolean> {
  const error = await post(delivery);
  if (error === null) {
    await markDelivered(delivery.id);
    return true;
  }
  await markAttemptFailed(delivery.id, delivery.attempts, error);
  return false;
}

/** null on a 2xx answer, else a short reason kept in lastError (no payload, no secret). */
async function post(delivery: ClaimedDeliveryDto): Promise<string | null> {
  if (!delivery.webhookUrl) return "no webhook URL configured";
  if (!delivery.webhookSecret) return "no webhook secret configured";
  const timestamp = Math.floor(Date.now() / 1000);
  // The timestamp is inside the signed body too, so a receiver can refuse old replays.
  const body = JSON.stringify({ id: delivery.id, event: delivery.event, createdAt: delivery.createdAt.toISOString(), timestamp, data: delivery.payload });
  try {
    const response = await fetch(delivery.webhookUrl, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Symetrie-Webhooks/1",
        [SIGNATURE_HEADER]: signBody(delivery.webhookSecret, body),
        [TIMESTAMP_HEADER]: String(timestamp),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => {});
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : "request failed";
  }
}
