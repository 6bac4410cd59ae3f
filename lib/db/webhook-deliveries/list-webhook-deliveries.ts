// The organisation's 20 most recent webhook deliveries for the Settings page (ADMIN): event,
// dates, status, attempts and last error — never the payload (customer comments live there).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export const RECENT_DELIVERIES = 20;

export interface WebhookDeliveryDto {
  id: string;
  event: string;
  createdAt: string;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  lastError: string | null;
}

export async function listWebhookDeliveries(principal: Principal): Promise<WebhookDeliveryDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "settings:manage")) throw new ForbiddenError();
    const rows = await db().webhookDelivery.findMany({
      where: { organisationId: principal.organisationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_DELIVERIES,
      select: { id: true, event: true, createdAt: true, status: true, attempts: true, lastError: true },
    });
    return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
  });
}
