// Per-key request limit of the REST API (issue 16 §4): the shared per-minute limiter of
// lib/db/per-minute-limit.ts, under the subject `api:<keyId>`.
import { hitPerMinuteLimit, PER_MINUTE_SHARDS, type PerMinuteLimitResult } from "../per-minute-limit";

export const API_KEY_SHARDS = PER_MINUTE_SHARDS;

/** Counts one request of the key and says whether it is within `requestsPerMinute`. */
export async function hitApiKeyLimit(apiKeyId: string, requestsPerMinute: number): Promise<PerMinuteLimitResult> {
  return hitPerMinuteLimit(`api:${apiKeyId}`, requestsPerMinute);
}
