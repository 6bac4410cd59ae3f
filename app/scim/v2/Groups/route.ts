// SCIM Groups (docs/scim.md): POST provisions a team, GET lists them (filter displayName/externalId eq, 1-based pages).
import { createScimGroup, listScimGroups } from "@/lib/db/scim/scim-groups";
import { scimJson, scimRoute, wantsMembers } from "@/lib/http/scim-route";
import { parseScimFilter, parseScimPage } from "@/lib/scim/scim-filter";
import { groupResource, listResponse } from "@/lib/scim/scim-resources";

export const POST = scimRoute({ body: true }, async ({ principal, body, base }) => {
  const team = await createScimGroup(principal, body);
  return scimJson(groupResource(team, base), 201, { location: `${base}/Groups/${team.id}` });
});

export const GET = scimRoute({ body: false }, async ({ principal, query, base }) => {
  const page = parseScimPage(query);
  const filter = parseScimFilter(query.get("filter"), ["displayName", "externalId"]);
  const { totalResults, resources } = await listScimGroups(principal, filter, page, wantsMembers(query));
  return scimJson(
    listResponse(
      resources.map((team) => groupResource(team, base)),
      totalResults,
      page.startIndex,
    ),
  );
});
