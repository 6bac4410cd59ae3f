// The customer moments of truth a principal may filter the dashboard on: the organisation's
// active ones and the retired ones that answers carry (past periods still show them), in
// catalogue order. Labels only, no figures.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface MomentOptionDto {
  id: string;
  key: string;
  labelFr: string;
  labelEn: string;
  /** False for a retired moment kept for the answers that carry it. */
  active: boolean;
}

export async function listMomentOptions(principal: Principal): Promise<MomentOptionDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    return db().momentOfTruth.findMany({
      where: {
        organisationId: principal.organisationId,
        side: "CUSTOMER",
        OR: [{ active: true }, { customerResponses: { some: {} } }],
      },
      select: { id: true, key: true, labelFr: true, labelEn: true, active: true },
      orderBy: [{ position: "asc" }, { key: "asc" }],
    });
  });
}
