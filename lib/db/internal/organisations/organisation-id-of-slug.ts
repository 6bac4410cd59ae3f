// The operator CLIs name an organisation by its slug (scripts/api-key.ts, scripts/scim-token.ts):
// its id, or "not found" naming the slug. Called in the system context by their data-layer functions.
import { NotFoundError } from "@/lib/errors";
import { db } from "../../client";

export async function organisationIdOfSlug(slug: string): Promise<string> {
  const organisation = await db().organisation.findUnique({ where: { slug }, select: { id: true } });
  if (!organisation) throw new NotFoundError(`organisation "${slug}"`);
  return organisation.id;
}
