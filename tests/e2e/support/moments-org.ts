// A small organisation of its own for the moments-of-truth catalogue e2e (raw SQL, no app code),
// so its edits never touch the demo: one team, an HR lead and a CX lead, two customer moments and
// three employee moments as the defaults have them (onboarding triggers after 30 days,
// recruitment and first tools do not).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { insertOrgRows } from "./org-rows";

export interface MomentsOrg {
  organisationId: string;
  hr: string;
  cx: string;
  tag: string;
}

export async function createMomentsOrg(): Promise<MomentsOrg> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { organisationId: org, tag, person } = await insertOrgRows(client, "moments", "moments.test");
    const moments: Array<[string, string, string, string, number, string | null, boolean, number | null]> = [
      ["CUSTOMER", "premier_achat", "Premier achat", "First purchase", 0, null, false, null],
      ["CUSTOMER", "panne", "Panne", "Breakdown", 1, null, false, null],
      ["EMPLOYEE", "recrutement", "Recrutement", "Recruitment", 0, "RECRUITMENT", false, 7],
      ["EMPLOYEE", "integration", "Intégration", "Onboarding", 1, "ONBOARDING", true, 30],
      ["EMPLOYEE", "premiers_outils", "Premier contact avec les outils", "First contact with the tools", 2, "FIRST_TOOLS", false, 14],
    ];
    for (const [side, key, labelFr, labelEn, position, eventType, triggersPulse, delay] of moments)
      await client.query(
        `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn", position, "eventType", "triggersPulse", "pulseDelayDays")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [randomUUID(), org, side, key, labelFr, labelEn, position, eventType, triggersPulse, delay],
      );
    return { organisationId: org, hr: await person("rh", "HR"), cx: await person("cx", "CX"), tag };
  } finally {
    await client.end();
  }
}
