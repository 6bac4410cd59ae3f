// A small organisation of its own for the pulse e2e (raw SQL, no app code), so its answers
// never touch the demo's figures other specs read: service S ⊃ team A (6 people) and team B
// (2 people), an HR lead (and, when asked, a manager of S), one mirrored item and one employee irritant.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { DEMO_PASSWORD } from "./session";

export interface PulseOrg {
  organisationId: string;
  teams: { service: string; a: string; b: string };
  hr: string;
  /** Only with `{ manager: true }`. */
  manager: string | null;
  teamA: string[];
  teamB: string[];
  serviceName: string;
}

export async function createPulseOrg(options: { manager?: boolean } = {}): Promise<PulseOrg> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const tag = randomUUID().slice(0, 8);
    const org = randomUUID();
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, $2, $3)`, [org, `pulse-${tag}`, `Pulse ${tag}`]);
    const [s, a, b] = [randomUUID(), randomUUID(), randomUUID()];
    const team = (id: string, parent: string | null, name: string, kind: string, path: string, depth: number) =>
      client.query(`INSERT INTO "Team" (id, "organisationId", "parentId", name, kind, path, depth) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        id,
        org,
        parent,
        name,
        kind,
        path,
        depth,
      ]);
    const serviceName = `Service ${tag}`;
    await team(s, null, serviceName, "SERVICE", `/${s}/`, 0);
    await team(a, s, `Équipe A ${tag}`, "TEAM", `/${s}/${a}/`, 1);
    await team(b, s, `Équipe B ${tag}`, "TEAM", `/${s}/${b}/`, 1);
    const hash = await bcrypt.hash(DEMO_PASSWORD, 4);
    const person = async (local: string, role: string, teamId: string) => {
      const email = `${local}-${tag}@pulse.test`;
      const user = randomUUID();
      await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [user, email, local, hash]);
      await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId") VALUES ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        org,
        user,
        role,
        teamId,
      ]);
      return email;
    };
    const hr = await person("rh", "HR", s);
    const manager = options.manager ? await person("manager", "MANAGER", s) : null;
    const teamA = await Promise.all(Array.from({ length: 6 }, (_, i) => person(`a${i}`, "EMPLOYEE", a)));
    const teamB = await Promise.all(Array.from({ length: 2 }, (_, i) => person(`b${i}`, "EMPLOYEE", b)));
    await client.query(
      `INSERT INTO "MirroredItem" (id, "organisationId", dimension, "customerTextFr", "customerTextEn", "employeeTextFr", "employeeTextEn")
       VALUES ($1, $2, 'ecoute', 'Le conseiller m''a écouté', 'The advisor listened to me', 'Mon manager est à mon écoute', 'My manager listens to me')`,
      [randomUUID(), org],
    );
    await client.query(
      `INSERT INTO "Irritant" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'EMPLOYEE', 'slow_tools', 'Des outils lents', 'Slow tools')`,
      [randomUUID(), org],
    );
    return { organisationId: org, teams: { service: s, a, b }, hr, manager, teamA, teamB, serviceName };
  } finally {
    await client.end();
  }
}
