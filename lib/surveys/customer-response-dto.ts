// A stored customer answer as the REST API lists it, and the opaque keyset cursor of that
// list: shared by the data layer (lib/db/responses) and the API's schemas (lib/http).
import { z } from "zod";
import { isUuid } from "@/lib/patterns";

/** Keyset position (submittedAt, id), sent to clients as opaque base64url. */
export interface ResponseCursor {
  submittedAt: Date;
  id: string;
}

export function encodeResponseCursor(cursor: ResponseCursor): string {
  return Buffer.from(`${cursor.submittedAt.getTime()}.${cursor.id}`, "utf8").toString("base64url");
}

export function decodeResponseCursor(text: string): ResponseCursor | null {
  const [ms, id, ...rest] = Buffer.from(text, "base64url").toString("utf8").split(".");
  if (rest.length > 0 || !ms || !/^\d{1,15}$/.test(ms) || !isUuid(id)) return null;
  return { submittedAt: new Date(Number(ms)), id: id.toLowerCase() };
}

export const ZCustomerResponse = z.object({
  id: z.uuid(),
  contactId: z.uuid().nullable().describe("The contact the answer came from; null for an answer imported from a previous tool."),
  contactExternalId: z.string().nullable().describe("That contact's externalId; null when it has none or the answer was imported."),
  teamId: z.uuid(),
  score: z.int().min(0).max(10),
  comment: z.string().nullable(),
  items: z.record(z.string(), z.int()).describe("Mirrored item answers as { dimension: value }."),
  irritants: z.array(z.string()).describe("Keys of the irritants the customer picked."),
  submittedAt: z.iso.datetime(),
});
export type CustomerResponseDto = z.infer<typeof ZCustomerResponse>;
