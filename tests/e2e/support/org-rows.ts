// The rows every e2e organisation of its own starts with (raw SQL, no app code, so a spec's edits
// never touch the demo): the organisation, one root team, and people who sign in with the demo
// password (bcrypt cost 4: these accounts exist for a test run only).
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type pg from "pg";
import { DEMO_PASSWORD } from "./session";

export interface OrgRows {
  organisationId: string;
  teamId: string;
  tag: string;
  /** Adds an active member of the root team; answers their email (`<local>-<tag>@<domain>`). */
  person: (local: string, role: string) => Promise<string>;
}

export async function insertOrgRows(client: pg.Client, prefix: string, domain: string): Promise<OrgRows> {
  const tag = randomUUID().slice(0, 8);
  const organisationId = randomUUID();
  const teamId = randomUUID();
  const name = `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)} ${tag}`;
  await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, $2, $3)`, [organisationId, `${prefix}-${tag}`, name]);
  await client.query(`INSERT INTO "Team" (id, "organisationId", name, kind, path, depth) VALUES ($1, $2, $3, 'TEAM', $4, 0)`, [
    teamId,
    organisationId,
    `Équipe ${tag}`,
    `/${teamId}/`,
  ]);
  const hash = await bcrypt.hash(DEMO_PASSWORD, 4);
  const person = async (local: string, role: string) => {
    const email = `${local}-${tag}@${domain}`;
    const user = randomUUID();
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [user, email, local, hash]);
    await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId") VALUES ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      organisationId,
      user,
      role,
      teamId,
    ]);
    return email;
  };
  return { organisationId, teamId, tag, person };
}
