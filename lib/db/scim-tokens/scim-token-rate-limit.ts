// Per-token request limit of /scim/v2 (docs/scim.md): the same per-minute limiter as the API keys'
// (lib/db/per-minute-limit.ts), under the subject `scim:<tokenId>`, so one token's burst never
// uses up another's and a token is never counted against an API key.
import { hitPerMinuteLimit, type PerMinuteLimitResult } from "../per-minute-limit";

/** Counts one request of the token and says whether it is within `requestsPerMinute`. */
export async function hitScimTokenLimit(scimTokenId: string, requestsPerMinute: number): Promise<PerMinuteLimitResult> {
  return hitPerMinuteLimit(`scim:${scimTokenId}`, requestsPerMinute);
}
