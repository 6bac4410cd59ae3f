// A theme test's organisation: the default themes, and one imported customer comment on T1
// (matched by the database's triggers like any other).
import { randomUUID } from "node:crypto";
import { db } from "@/tests/db/owner-db";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import type { OrgFixture } from "./fixtures";

/** Creates the default themes and the comment; returns the comment's answer id. */
export async function themesWithComment(org: OrgFixture, comment: string): Promise<string> {
  await db().$transaction((tx) => createDefaultThemes(tx, org.organisationId));
  const moment = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, side: "CUSTOMER" } });
  const batch = await db().responseImport.create({
    data: { organisationId: org.organisationId, side: "CUSTOMER", customerRows: 1, employeeRows: 0 },
  });
  const response = await db().customerResponse.create({
    data: {
      organisationId: org.organisationId,
      teamId: org.teams.T1,
      momentOfTruthId: moment.id,
      importId: batch.id,
      channel: "STORE",
      locale: "fr",
      submissionId: randomUUID(),
      score: 10,
      comment,
    },
  });
  return response.id;
}
