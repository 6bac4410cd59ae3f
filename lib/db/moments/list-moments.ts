// The organisation's moments of truth, both sides, in catalogue order, for the catalogue page
// (issue 13 §1): labels, retired or not, whether history uses them (then they can only be
// retired, never deleted), the pairing of customer moments and the pulse trigger of employee ones.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import type { EmployeeEventType } from "@/lib/pulses/employee-event-schema";
import { db } from "../client";
import { momentsInUse } from "../internal/moments/moment-usage";
import { withOrganisation } from "../tenant-context";

export interface MomentDto {
  id: string;
  side: "CUSTOMER" | "EMPLOYEE";
  key: string;
  labelFr: string;
  labelEn: string;
  position: number;
  active: boolean;
  /** Used by a contact, an answer or an event: can be retired, not deleted. */
  used: boolean;
  /** Customer side: the employee moment behind it. */
  employeeMomentId: string | null;
  /** Employee side: the HR-system event it stands for, if any. */
  eventType: EmployeeEventType | null;
  triggersPulse: boolean;
  pulseDelayDays: number | null;
}

export interface MomentCatalogueDto {
  customer: MomentDto[];
  employee: MomentDto[];
}

export async function listMoments(principal: Principal): Promise<MomentCatalogueDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "catalogue:read")) throw new ForbiddenError();
    const rows = await db().momentOfTruth.findMany({
      where: { organisationId: principal.organisationId },
      select: {
        id: true,
        side: true,
        key: true,
        labelFr: true,
        labelEn: true,
        position: true,
        active: true,
        employeeMomentId: true,
        eventType: true,
        triggersPulse: true,
        pulseDelayDays: true,
      },
      orderBy: [{ position: "asc" }, { key: "asc" }],
    });
    const used = await momentsInUse(db(), principal.organisationId);
    const moments = rows.map((row) => ({ ...row, used: used.has(row.id) }));
    return { customer: moments.filter((m) => m.side === "CUSTOMER"), employee: moments.filter((m) => m.side === "EMPLOYEE") };
  });
}
