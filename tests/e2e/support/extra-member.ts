// Adds a person with a password straight in the e2e database (raw SQL, no app code): a fresh
// account for tests that must not disturb the demo accounts (sign-in limits), or a person of
// another organisation to aim at (audit log filters).
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";

export async function createMember(input: {
  organisationId?: string;
  email: string;
  password?: string;
  role?: string;
}): Promise<{ userId: string; membershipId: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const organisationId =
      input.organisationId ?? (await client.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = 'demo'`)).rows[0]!.id;
    const userId = randomUUID();
    const membershipId = randomUUID();
    const hash = input.password ? await bcrypt.hash(input.password, 4) : null;
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [
      userId,
      input.email,
      input.email,
      hash,
    ]);
    await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role) VALUES ($1, $2, $3, $4::"Role")`, [
      membershipId,
      organisationId,
      userId,
      input.role ?? "EMPLOYEE",
    ]);
    return { userId, membershipId };
  } finally {
    await client.end();
  }
}
