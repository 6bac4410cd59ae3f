// The pulse organisation with eNPS answers and a manager, for anonymity e2e on team pages:
// service S ⊃ team A (6 people, 6 answers) and team B (2 people, 2 answers: below k = 5), in
// October 2026, marked for the rollup like the app's writes do. Employee answers only: the
// employee side is what anonymity protects.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createPulseOrg, type PulseOrg } from "./pulse-org";

export async function createSmallTeamOrg(): Promise<PulseOrg & { manager: string }> {
  const org = await createPulseOrg({ manager: true });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const answers: Array<[string, number[]]> = [
      [org.teams.a, [10, 9, 9, 8, 6, 3]],
      [org.teams.b, [10, 2]],
    ];
    for (const [teamId, scores] of answers) {
      for (const score of scores) {
        await client.query(
          `INSERT INTO "EmployeeResponse" (id, "organisationId", "teamId", period, score) VALUES ($1, $2, $3, '2026-10-01', $4)`,
          [randomUUID(), org.organisationId, teamId, score],
        );
        await client.query(
          `INSERT INTO "EmployeeRespondent" ("organisationId", "teamId", period, "personId") VALUES ($1, $2, '2026-10-01', $3)`,
          [org.organisationId, teamId, randomUUID()],
        );
      }
    }
    await client.query(`INSERT INTO "RollupDirty" ("organisationId", period) VALUES ($1, '2026-10-01') ON CONFLICT DO NOTHING`, [
      org.organisationId,
    ]);
    return { ...org, manager: org.manager! };
  } finally {
    await client.end();
  }
}
