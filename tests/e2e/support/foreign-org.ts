// Creates a second organisation straight in the e2e database (raw SQL, no app code), so
// tests can aim the demo users at ids that belong to someone else.
import { randomUUID } from "node:crypto";
import pg from "pg";

export async function createForeignOrganisation(): Promise<{ organisationId: string; teamId: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const organisationId = randomUUID();
    const teamId = randomUUID();
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, $2, 'Concurrent SA')`, [
      organisationId,
      `other-${organisationId.slice(0, 8)}`,
    ]);
    await client.query(
      `INSERT INTO "Team" (id, "organisationId", name, kind, path, depth) VALUES ($1, $2, 'Équipe secrète', 'TEAM', $3, 0)`,
      [teamId, organisationId, `/${teamId}/`],
    );
    return { organisationId, teamId };
  } finally {
    await client.end();
  }
}
