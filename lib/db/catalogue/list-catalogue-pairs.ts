// The organisation's mirrored item pairs and irritant pairs, in catalogue order, for the
// catalogue page (issue 13 §1): both sides' wording, retired or not, and whether history uses
// them (then they can only be retired, never deleted). ADMIN, HR and CX read them.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { irritantsInUse, itemsInUse } from "../internal/catalogue/pair-writes";
import { withOrganisation } from "../tenant-context";

export interface ItemPairDto {
  id: string;
  dimension: string;
  customerTextFr: string;
  customerTextEn: string;
  employeeTextFr: string;
  employeeTextEn: string;
  position: number;
  active: boolean;
  /** Answered (or in an action plan): can be retired, not deleted. */
  used: boolean;
}

export interface IrritantDto {
  id: string;
  key: string;
  labelFr: string;
  labelEn: string;
  active: boolean;
}

/** A customer irritant and its employee mirror; an unpaired legacy entry has one side null. */
export interface IrritantPairDto {
  id: string;
  customer: IrritantDto | null;
  employee: IrritantDto | null;
  active: boolean;
  used: boolean;
}

export async function listItemPairs(principal: Principal): Promise<ItemPairDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "catalogue:read")) throw new ForbiddenError();
    const rows = await db().mirroredItem.findMany({
      where: { organisationId: principal.organisationId },
      select: {
        id: true,
        dimension: true,
        customerTextFr: true,
        customerTextEn: true,
        employeeTextFr: true,
        employeeTextEn: true,
        position: true,
        active: true,
      },
      orderBy: [{ position: "asc" }, { dimension: "asc" }],
    });
    const used = await itemsInUse(db(), principal.organisationId);
    return rows.map((row) => ({ ...row, used: used.has(row.id) }));
  });
}

export async function listIrritantPairs(principal: Principal): Promise<IrritantPairDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "catalogue:read")) throw new ForbiddenError();
    const rows = await db().irritant.findMany({
      where: { organisationId: principal.organisationId },
      select: { id: true, side: true, key: true, labelFr: true, labelEn: true, active: true, mirrorId: true },
      orderBy: [{ position: "asc" }, { key: "asc" }],
    });
    const used = await irritantsInUse(db(), principal.organisationId);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const dto = ({ id, key, labelFr, labelEn, active }: (typeof rows)[number]): IrritantDto => ({ id, key, labelFr, labelEn, active });
    const pairs: IrritantPairDto[] = [];
    for (const row of rows) {
      const mirror = row.mirrorId ? byId.get(row.mirrorId) : undefined;
      // Each pair once, from its customer side (or from a lone entry of either side).
      if (row.side === "EMPLOYEE" && mirror) continue;
      const both = mirror ? [row, mirror] : [row];
      pairs.push({
        id: row.id,
        customer: row.side === "CUSTOMER" ? dto(row) : null,
        employee: row.side === "EMPLOYEE" ? dto(row) : mirror ? dto(mirror) : null,
        active: both.some((i) => i.active),
        used: both.some((i) => used.has(i.id)),
      });
    }
    return pairs;
  });
}
