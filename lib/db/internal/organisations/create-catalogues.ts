// Inserts the default catalogues (lib/surveys/defaults.ts) and verbatim themes for one organisation and returns
// the ids by key; meant to run inside the transaction that creates the organisation.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import {
  DEFAULT_CONTACT_MOMENT_KEY,
  DEFAULT_CUSTOMER_MOMENTS,
  DEFAULT_EMPLOYEE_MOMENTS,
  DEFAULT_IRRITANT_PAIRS,
  DEFAULT_MIRRORED_ITEMS,
} from "@/lib/surveys/defaults";
import { createDefaultKpis } from "../kpis/create-default-kpis";
import { createDefaultThemes } from "./create-themes";

export type DefaultCatalogueIds = {
  /** MirroredItem id by dimension key. */
  items: Record<string, string>;
  customerMoments: Record<string, string>;
  employeeMoments: Record<string, string>;
  customerIrritants: Record<string, string>;
  employeeIrritants: Record<string, string>;
  /** KpiDefinition id of each built-in KPI by key (lib/kpis/builtin-kpis.ts). */
  kpis: Record<string, string>;
};

export type CreateCataloguesOptions = {
  /** Id generator; the demo seed passes a seeded one so its data is identical on every run. */
  newId?: () => string;
};

function idsByKey(keys: readonly string[], newId: () => string): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, newId()]));
}

export async function createDefaultCatalogues(
  tx: Prisma.TransactionClient,
  organisationId: string,
  options: CreateCataloguesOptions = {},
): Promise<DefaultCatalogueIds> {
  const newId = options.newId ?? randomUUID;
  const ids: Omit<DefaultCatalogueIds, "kpis"> = {
    items: idsByKey(
      DEFAULT_MIRRORED_ITEMS.map((item) => item.dimension),
      newId,
    ),
    customerMoments: {
      ...idsByKey(
        DEFAULT_CUSTOMER_MOMENTS.filter((m) => m.key !== DEFAULT_CONTACT_MOMENT_KEY).map((m) => m.key),
        newId,
      ),
      // Not drawn from newId: the seed's random stream, and so the demo's story, stays as it was
      // before this default moment existed (no seeded contact uses it).
      [DEFAULT_CONTACT_MOMENT_KEY]: randomUUID(),
    },
    employeeMoments: idsByKey(
      DEFAULT_EMPLOYEE_MOMENTS.map((m) => m.key),
      newId,
    ),
    customerIrritants: idsByKey(
      DEFAULT_IRRITANT_PAIRS.map((p) => p.customer.key),
      newId,
    ),
    employeeIrritants: idsByKey(
      DEFAULT_IRRITANT_PAIRS.map((p) => p.employee.key),
      newId,
    ),
  };

  await tx.mirroredItem.createMany({
    data: DEFAULT_MIRRORED_ITEMS.map((item, position) => ({ id: ids.items[item.dimension]!, organisationId, position, ...item })),
  });
  await tx.momentOfTruth.createMany({
    data: [
      ...DEFAULT_CUSTOMER_MOMENTS.map((m, position) => ({
        id: ids.customerMoments[m.key]!,
        organisationId,
        side: "CUSTOMER" as const,
        position,
        key: m.key,
        labelFr: m.labelFr,
        labelEn: m.labelEn,
      })),
      ...DEFAULT_EMPLOYEE_MOMENTS.map((m, position) => ({
        id: ids.employeeMoments[m.key]!,
        organisationId,
        side: "EMPLOYEE" as const,
        position,
        key: m.key,
        labelFr: m.labelFr,
        labelEn: m.labelEn,
        eventType: m.eventType,
        triggersPulse: m.triggersPulse,
        pulseDelayDays: m.pulseDelayDays,
      })),
    ],
  });
  await createIrritantPairs(tx, organisationId, ids);
  await createDefaultThemes(tx, organisationId);
  return { ...ids, kpis: await createDefaultKpis(tx, organisationId) };
}

/**
 * Both entries of a pair point at each other, so either side finds its mirror through
 * `mirrorId`. The foreign key is not deferrable: the employee side goes in first without
 * its mirror, then gets it once the customer side exists.
 */
async function createIrritantPairs(tx: Prisma.TransactionClient, organisationId: string, ids: Omit<DefaultCatalogueIds, "kpis">) {
  const pairs = DEFAULT_IRRITANT_PAIRS.map((pair, position) => ({
    position,
    customer: { ...pair.customer, id: ids.customerIrritants[pair.customer.key]! },
    employee: { ...pair.employee, id: ids.employeeIrritants[pair.employee.key]! },
  }));
  await tx.irritant.createMany({
    data: pairs.map(({ employee, position }) => ({ ...employee, organisationId, side: "EMPLOYEE" as const, position })),
  });
  await tx.irritant.createMany({
    data: pairs.map(({ customer, employee, position }) => ({
      ...customer,
      organisationId,
      side: "CUSTOMER" as const,
      position,
      mirrorId: employee.id,
    })),
  });
  for (const { customer, employee } of pairs) {
    await tx.irritant.update({ where: { id: employee.id }, data: { mirrorId: customer.id } });
  }
}
