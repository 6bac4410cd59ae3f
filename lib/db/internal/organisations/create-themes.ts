// Inserts the default verbatim themes (lib/themes/defaults.ts) for one organisation, each pair
// pointing at its mirror both ways, in one statement: the foreign key on mirrorId is checked at
// the statement's end, and the database matches the organisation's existing comments against
// the new themes (trigger Theme_match_insert, migration verbatim_themes).
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_THEME_PAIRS } from "@/lib/themes/defaults";
import { withOrganisation } from "../../tenant-context";

/**
 * A theme's id from its organisation, side and key: the same on every run (the demo seed is
 * reproducible) without drawing from the seed's random sequence, which would shift all its data.
 */
export function defaultThemeId(organisationId: string, side: "CUSTOMER" | "EMPLOYEE", key: string): string {
  return withOrganisation(organisationId, () => {
    const hex = createHash("sha256").update(`theme:${organisationId}:${side}:${key}`).digest("hex");
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  });
}

export async function createDefaultThemes(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  const data = DEFAULT_THEME_PAIRS.flatMap((pair, position) => {
    const customerId = defaultThemeId(organisationId, "CUSTOMER", pair.customer.key);
    const employeeId = defaultThemeId(organisationId, "EMPLOYEE", pair.employee.key);
    const row = (theme: (typeof pair)["customer" | "employee"], side: "CUSTOMER" | "EMPLOYEE", id: string, mirrorId: string) => ({
      id,
      organisationId,
      side,
      key: theme.key,
      labelFr: theme.labelFr,
      labelEn: theme.labelEn,
      keywordsFr: [...theme.keywordsFr],
      keywordsEn: [...theme.keywordsEn],
      mirrorId,
      position,
    });
    return [row(pair.customer, "CUSTOMER", customerId, employeeId), row(pair.employee, "EMPLOYEE", employeeId, customerId)];
  });
  await tx.theme.createMany({ data });
}
