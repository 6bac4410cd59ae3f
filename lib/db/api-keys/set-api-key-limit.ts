// An API key's request limit per minute (issue 16 §4, lib/db/api-keys/api-key-rate-limit.ts),
// changed by the operator with `npm run api-key -- limit`. Effective on the key's next request.
import { z } from "zod";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import { asSystem } from "../tenant-context";

const ZRequestsPerMinute = z.coerce
  .number({ error: "must be a whole number of requests per minute, or none" })
  .int("must be a whole number of requests per minute, or none")
  .min(1, "must be at least 1 request per minute (or none for no limit)")
  .max(1_000_000, "must be at most 1 000 000 requests per minute (or none for no limit)");

/** System level, for `npm run api-key -- limit` only (the operator holds the database); `value` is a number or "none". */
export async function setApiKeyLimitForOrganisation(
  slug: string,
  apiKeyId: string,
  value: string,
): Promise<{ id: string; requestsPerMinute: number | null }> {
  return asSystem(async () => {
    const parsed = value.trim() === "none" ? { success: true as const, data: null } : ZRequestsPerMinute.safeParse(value.trim());
    if (!parsed.success) throw new ExpectedError("INVALID_INPUT", `--per-minute ${parsed.error.issues[0]?.message ?? "is invalid"}`);
    if (!isUuid(apiKeyId)) throw new NotFoundError("API key");
    const { count } = await db().apiKey.updateMany({
      where: { id: apiKeyId, organisation: { slug } },
      data: { requestsPerMinute: parsed.data },
    });
    if (count === 0) throw new NotFoundError("API key");
    return { id: apiKeyId, requestsPerMinute: parsed.data };
  });
}
