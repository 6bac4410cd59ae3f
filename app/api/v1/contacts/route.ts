// POST /api/v1/contacts: one customer contact → its survey link. 201 when created, 200 with
// the same link when the externalId is already known, 422 listing the invalid fields.
import { z } from "zod";
import { createContacts } from "@/lib/db/contacts/create-contacts";
import { apiRoute } from "@/lib/http/api-route";
import { respondentBaseUrl } from "@/lib/http/respondent-base-url";
import { problem } from "@/lib/http/problem";

// The row is validated by createContacts (the one path shared with bulk and CSV import).
export const POST = apiRoute(
  { scope: "contacts:write", body: z.unknown(), maxBodyBytes: 64 * 1024 },
  async ({ principal, body, request }) => {
    const { results } = await createContacts(principal, [body], { baseUrl: respondentBaseUrl(request) });
    const result = results[0];
    if (!result) throw new Error("createContacts returned no result");
    if (result.status === "invalid") return problem(422, "The contact has invalid fields.", { errors: result.errors });
    const { id, url, expiresAt } = result;
    return Response.json({ id, url, expiresAt }, { status: result.status === "created" ? 201 : 200 });
  },
);
