// Inserts the built-in KPI definitions (lib/kpis/builtin-kpis.ts) for one organisation, inside
// the transaction that creates it; returns their ids by key (the demo seed's KPIs use them).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { BUILTIN_KPIS } from "@/lib/kpis/builtin-kpis";

export async function createDefaultKpis(tx: Prisma.TransactionClient, organisationId: string): Promise<Record<string, string>> {
  // Not drawn from the seed's id generator: the demo's random stream stays as it was.
  const ids = Object.fromEntries(BUILTIN_KPIS.map((kpi) => [kpi.key, randomUUID()]));
  await tx.kpiDefinition.createMany({
    data: BUILTIN_KPIS.map((kpi, position) => ({ id: ids[kpi.key]!, organisationId, position, ...kpi })),
  });
  return ids;
}
