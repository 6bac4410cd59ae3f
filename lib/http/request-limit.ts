// The sentence of a 429 past a credential's requests of the minute (API keys: lib/http/api-route.ts;
// SCIM tokens: lib/http/scim-route.ts): the limit, that nothing was done, and when to try again
// (the seconds the Retry-After header carries).
export function requestLimitDetail(credential: "API key" | "SCIM token", perMinute: number, retryAfterSeconds: number): string {
  const seconds = `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`;
  return `This ${credential} may make ${perMinute} requests per minute and has used them: nothing was done. Try again in ${seconds}.`;
}
