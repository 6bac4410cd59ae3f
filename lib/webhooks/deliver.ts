// Delivers due webhook outbox rows (written in the same transaction as their event, e.g.
// a detractor response). The webhooks drain (lib/jobs/drain.ts) calls deliverWebhookBatch every few seconds.
// Every delivery passes the SSRF guard again (url-policy.ts) and connects to the address it checked.
import http from "node:http";
import https from "node:https";
import {
  claimDueDeliveries,
  markAttemptFailed,
  markDelivered,
  type ClaimedDeliveryDto,
} from "@/lib/db/webhook-deliveries/claim-due-deliveries";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody } from "./sign";
import { checkUrlShape, pinnedLookup, targetPolicy, TargetRefusedError, type TargetPolicy } from "./url-policy";

const REQUEST_TIMEOUT_MS = 10_000;

/** Claims up to `limit` due deliveries, POSTs each, records the outcome; says how many were claimed and delivered. */
export async function deliverWebhookBatch(limit = 20): Promise<{ claimed: number; delivered: number }> {
  const claimed = await claimDueDeliveries(limit);
  const policy = targetPolicy();
  const outcomes = await Promise.all(claimed.map((delivery) => deliverOne(delivery, policy)));
  return { claimed: claimed.length, delivered: outcomes.filter(Boolean).length };
}

/** As deliverWebhookBatch, answering only how many were delivered. */
export async function deliverDueWebhooks(limit = 20): Promise<number> {
  return (await deliverWebhookBatch(limit)).delivered;
}

async function deliverOne(delivery: ClaimedDeliveryDto, policy: TargetPolicy): Promise<boolean> {
  const outcome = await post(delivery, policy);
  if (outcome === null) {
    await markDelivered(delivery.id);
    return true;
  }
  // A target the guard refuses will not become acceptable by waiting: no retries against it.
  await markAttemptFailed(delivery.id, delivery.attempts, outcome.error, { final: outcome.refused });
  return false;
}

type Failure = { error: string; refused: boolean };

/** null on a 2xx answer, else a short reason kept in lastError (no payload, no secret). */
async function post(delivery: ClaimedDeliveryDto, policy: TargetPolicy): Promise<Failure | null> {
  if (!delivery.webhookUrl) return { error: "no webhook URL configured", refused: false };
  if (!delivery.webhookSecret) return { error: "no webhook secret configured", refused: false };
  const shape = checkUrlShape(delivery.webhookUrl, policy);
  if (!shape.ok) return { error: `refused by the SSRF guard: ${shape.detail}`, refused: true };
  const timestamp = Math.floor(Date.now() / 1000);
  // The timestamp is inside the signed body too, so a receiver can refuse old replays.
  const body = JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    createdAt: delivery.createdAt.toISOString(),
    timestamp,
    data: delivery.payload,
  });
  const headers = {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
    "User-Agent": "Symetrie-Webhooks/1",
    [SIGNATURE_HEADER]: signBody(delivery.webhookSecret, body),
    [TIMESTAMP_HEADER]: String(timestamp),
  };
  try {
    const status = await send(shape.url, headers, body, policy);
    // Redirects are not followed (a 3xx is a failure): they could lead anywhere.
    return status >= 200 && status < 300 ? null : { error: `HTTP ${status}`, refused: false };
  } catch (error) {
    if (error instanceof TargetRefusedError && error.problem === "address")
      return { error: `refused by the SSRF guard: ${error.message}`, refused: true };
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : "request failed", refused: false };
  }
}

/** One POST on its own connection, resolved through the guard; answers the status code. */
function send(url: URL, headers: Record<string, string>, body: string, policy: TargetPolicy): Promise<number> {
  return new Promise((resolve, reject) => {
    const transport: typeof http.request = url.protocol === "https:" ? https.request : http.request;
    const request = transport(
      url,
      { method: "POST", headers, agent: false, lookup: pinnedLookup(policy), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy(); // the answer's body is not needed
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
