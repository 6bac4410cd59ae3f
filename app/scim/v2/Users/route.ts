// SCIM Users (docs/scim.md): POST provisions a person, GET lists them (filter userName/externalId eq, 1-based pages).
import { createScimUser, listScimUsers } from "@/lib/db/scim/scim-users";
import { scimJson, scimRoute } from "@/lib/http/scim-route";
import { parseScimFilter, parseScimPage } from "@/lib/scim/scim-filter";
import { listResponse, userResource } from "@/lib/scim/scim-resources";

export const POST = scimRoute({ body: true }, async ({ principal, body, base }) => {
  const person = await createScimUser(principal, body);
  return scimJson(userResource(person, base), 201, { location: `${base}/Users/${person.id}` });
});

export const GET = scimRoute({ body: false }, async ({ principal, query, base }) => {
  const page = parseScimPage(query);
  const { totalResults, resources } = await listScimUsers(
    principal,
    parseScimFilter(query.get("filter"), ["userName", "externalId"]),
    page,
  );
  return scimJson(
    listResponse(
      resources.map((person) => userResource(person, base)),
      totalResults,
      page.startIndex,
    ),
  );
});
