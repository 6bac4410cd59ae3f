// A small organisation of its own for the theme catalogue e2e (raw SQL, no app code), so its
// edits never touch the demo: one team, a CX lead and a manager, one customer moment, a mirrored
// theme pair (« Amabilité » ↔ « Ambiance ») and one customer comment it does not match yet.
import { randomUUID } from "node:crypto";
import { withClient } from "../survey-support";
import { insertOrgRows } from "./org-rows";

export interface ThemesOrg {
  cx: string;
  manager: string;
}

export async function createThemesOrg(): Promise<ThemesOrg> {
  return withClient(async (client) => {
    const { organisationId: org, teamId: team, person } = await insertOrgRows(client, "themes", "themes.test");
    const [mot, batch, customer, employee] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'CUSTOMER', 'visite', 'Visite', 'Visit')`,
      [mot, org],
    );
    await client.query(
      `INSERT INTO "Theme" (id, "organisationId", side, key, "labelFr", "labelEn", "keywordsFr", "keywordsEn", position)
       VALUES ($1, $3, 'CUSTOMER', 'amabilite', 'Amabilité', 'Kindness', ARRAY['aimable'], ARRAY['kind'], 0),
              ($2, $3, 'EMPLOYEE', 'ambiance', 'Ambiance', 'Team spirit', ARRAY['ambiance'], ARRAY['team spirit'], 0)`,
      [customer, employee, org],
    );
    await client.query(`UPDATE "Theme" SET "mirrorId" = CASE id WHEN $1 THEN $2::uuid ELSE $1::uuid END WHERE id IN ($1, $2)`, [
      customer,
      employee,
    ]);
    await client.query(
      `INSERT INTO "ResponseImport" (id, "organisationId", side, "customerRows", "employeeRows") VALUES ($1, $2, 'CUSTOMER', 1, 0)`,
      [batch, org],
    );
    await client.query(
      `INSERT INTO "CustomerResponse" (id, "organisationId", "teamId", "momentOfTruthId", "importId", channel, locale, "submissionId", score, comment)
       VALUES ($1, $2, $3, $4, $5, 'STORE', 'fr', $6, 10, 'Vendeuse adorable, merci')`,
      [randomUUID(), org, team, mot, batch, randomUUID()],
    );
    return { cx: await person("cx", "CX"), manager: await person("manager", "MANAGER") };
  });
}
