// The default employee moments of truth (lib/surveys/defaults.ts) for a test organisation made
// by createOrgFixture, which has none: events through the API or a sync follow them.
import { db } from "@/tests/db/owner-db";
import { DEFAULT_EMPLOYEE_MOMENTS } from "@/lib/surveys/defaults";

export async function addEmployeeMoments(organisationId: string): Promise<void> {
  await db().momentOfTruth.createMany({
    data: DEFAULT_EMPLOYEE_MOMENTS.map((m, position) => ({ organisationId, side: "EMPLOYEE" as const, position, ...m })),
    skipDuplicates: true,
  });
}
