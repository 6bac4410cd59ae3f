// POST /api/v1/contacts/bulk: up to 10 000 contacts in one round trip; valid rows are stored
// (set-based, idempotent on externalId), invalid ones reported by index and field.
import { createContacts } from "@/lib/db/contacts/create-contacts";
import { apiRoute } from "@/lib/http/api-route";
import { ZBulkContactsEnvelope } from "@/lib/http/api-v1-schemas";
import { respondentBaseUrl } from "@/lib/http/respondent-base-url";

export const POST = apiRoute(
  { scope: "contacts:write", body: ZBulkContactsEnvelope, maxBodyBytes: 16 * 1024 * 1024 },
  async ({ principal, body, request }) => {
    const rows = Array.isArray(body) ? body : body.contacts;
    const { results } = await createContacts(principal, rows, { baseUrl: respondentBaseUrl(request) });
    let created = 0;
    let existing = 0;
    const errors: Array<{ index: number; field: string; message: string }> = [];
    const data: Array<{ index: number; status: "created" | "existing"; id: string; url: string; expiresAt: string }> = [];
    for (const result of results) {
      if (result.status === "invalid") {
        for (const error of result.errors) errors.push({ index: result.index, ...error });
        continue;
      }
      if (result.status === "created") created++;
      else existing++;
      data.push({ index: result.index, status: result.status, id: result.id, url: result.url, expiresAt: result.expiresAt });
    }
    return Response.json({ created, existing, errors, data });
  },
);
