// An organisation of its own with customer answers (raw SQL, no app code), so the customer
// minimum n can be seen without touching the demo's figures: the small-team org (S ⊃ A, B, with
// employee answers) plus, in October 2026, 12 phone answers for team A and a single one (a 10)
// for team B: "+100 (1 réponse)" in the issue, now « trop peu de réponses (n = 1) ».
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import type { PulseOrg } from "./pulse-org";
import { createSmallTeamOrg } from "./small-team-org";

export async function createFewCustomersOrg(): Promise<PulseOrg & { slug: string; teamAName: string; teamBName: string }> {
  const org = await createSmallTeamOrg();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const mot = randomUUID();
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'CUSTOMER', 'complaint', 'Réclamation', 'Complaint')`,
      [mot, org.organisationId],
    );
    const answers: Array<[string, number[]]> = [
      [org.teams.a, [10, 10, 10, 9, 9, 9, 8, 8, 7, 6, 5, 3]],
      [org.teams.b, [10]],
    ];
    for (const [teamId, scores] of answers) {
      for (const score of scores) {
        const contact = randomUUID();
        await client.query(
          `INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "tokenHash", "linkExpiresAt")
           VALUES ($1, $2, $3, $4, 'PHONE', 'fr', '2026-10-12T09:00:00Z', $5, now() + interval '30 days')`,
          [contact, org.organisationId, teamId, mot, randomBytes(32)],
        );
        await client.query(
          `INSERT INTO "CustomerResponse" (id, "organisationId", "contactId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, "submittedAt")
           VALUES ($1, $2, $3, $4, $5, 'PHONE', 'fr', $6, $7, '2026-10-12T09:00:00Z')`,
          [randomUUID(), org.organisationId, contact, teamId, mot, randomUUID(), score],
        );
      }
    }
    await client.query(`INSERT INTO "RollupDirty" ("organisationId", period) VALUES ($1, '2026-10-01') ON CONFLICT DO NOTHING`, [
      org.organisationId,
    ]);
    const [row] = (
      await client.query<{ slug: string; a: string; b: string }>(
        `SELECT o.slug, a.name AS a, b.name AS b FROM "Organisation" o, "Team" a, "Team" b WHERE o.id = $1 AND a.id = $2 AND b.id = $3`,
        [org.organisationId, org.teams.a, org.teams.b],
      )
    ).rows;
    return { ...org, slug: row!.slug, teamAName: row!.a, teamBName: row!.b };
  } finally {
    await client.end();
  }
}
