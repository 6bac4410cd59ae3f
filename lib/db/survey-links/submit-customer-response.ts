// Stores a customer's answer for a link token, exactly once. The link is consumed by one
// conditional UPDATE in the same statement as the response (and, for a detractor, its
// FollowUp and webhook outbox row); a retry with the same submissionId gets the same
// thank-you, any other second answer "already answered" (issue 3, docs/security.md "No lost, no duplicated answers").
import type { CustomerResponseInput, ResponseField } from "@/lib/surveys/response-schema";
import { hashSecret, isWellFormedLinkToken } from "@/lib/surveys/tokens";
import type { SurveyBrandDto } from "./find-survey-link";
import { storeCustomerResponse, type StoreOutcome } from "./store-customer-response";

export { DETRACTOR_MAX_SCORE } from "./store-customer-response";

export type SubmitResultDto =
  | ({ status: "stored" | "duplicate" } & SurveyBrandDto)
  | ({ status: "answered" | "expired" } & SurveyBrandDto)
  | { status: "unknown" }
  | { status: "invalid"; fields: ResponseField[] };

/** Why nothing was stored: our own earlier submission, another answer, or expiry. */
function brandOf(row: Pick<StoreOutcome, "name" | "brandColor" | "slug">) {
  return { organisationName: row.name, brandColor: row.brandColor, organisationSlug: row.slug };
}

function settled(row: Pick<StoreOutcome, "mine" | "answered" | "name" | "brandColor" | "slug">): SubmitResultDto {
  const brand = brandOf(row);
  if (row.mine) return { status: "duplicate", ...brand };
  if (row.answered) return { status: "answered", ...brand };
  return { status: "expired", ...brand };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23505";
}

/** One statement: the usual case (stored, or the link's state) costs one round trip. */
async function attempt(tokenHash: Buffer, input: CustomerResponseInput): Promise<SubmitResultDto | "raced"> {
  let row: StoreOutcome | undefined;
  try {
    row = await storeCustomerResponse(tokenHash, input);
  } catch (error) {
    // This submissionId (or this contact's answer) was stored concurrently: settle below.
    if (!isUniqueViolation(error)) throw error;
    return "raced";
  }
  if (!row) return { status: "unknown" };
  if (row.storedId) return { status: "stored", ...brandOf(row) };
  if (row.used || row.expired || row.answered) return settled(row);
  const fields: ResponseField[] = [];
  if (!row.itemsOk) fields.push("items");
  if (!row.irritantsOk) fields.push("irritants");
  if (fields.length) return { status: "invalid", fields };
  // The snapshot saw an open link but the UPDATE found it consumed (or expired) meanwhile.
  return "raced";
}

export async function submitCustomerResponse(token: string, input: CustomerResponseInput): Promise<SubmitResultDto> {
  if (!isWellFormedLinkToken(token)) return { status: "unknown" };
  const tokenHash = Buffer.from(hashSecret(token));
  // A concurrent submission won the link: the next attempt's snapshot sees its commit, so it
  // writes nothing and reports the settled state (ours again if it carried our submissionId).
  for (let tries = 0; tries < 3; tries++) {
    const result = await attempt(tokenHash, input);
    if (result !== "raced") return result;
  }
  throw new Error("a survey submission kept losing races on one link");
}
