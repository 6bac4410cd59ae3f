// An organisation of its own for the settings e2e (raw SQL, no app code), so editing its name,
// colour or webhook never touches the demo other specs read: one team, an ADMIN, a customer
// moment of truth, and survey links made on demand.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { withClient } from "../survey-support";
import { DEMO_PASSWORD } from "./session";

export interface SettingsOrg {
  organisationId: string;
  name: string;
  admin: string;
  /** A fresh respondent link of this organisation: its path. */
  newLink(): Promise<string>;
  /** The organisation's row as stored. */
  read(): Promise<{
    name: string;
    brandColor: string;
    minGroupSize: number;
    syncCreatesEvents: boolean;
    webhookUrl: string | null;
    webhookSecret: string | null;
  }>;
}

export async function createSettingsOrg(): Promise<SettingsOrg> {
  const tag = randomUUID().slice(0, 8);
  const [organisationId, teamId, motId, userId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const name = `Réglages ${tag}`;
  const admin = `admin-${tag}@settings.test`;
  await withClient(async (client) => {
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, $2, $3)`, [organisationId, `settings-${tag}`, name]);
    await client.query(`INSERT INTO "Team" (id, "organisationId", name, kind, path, depth) VALUES ($1, $2, 'Accueil', 'TEAM', $3, 0)`, [
      teamId,
      organisationId,
      `/${teamId}/`,
    ]);
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'CUSTOMER', 'complaint', 'Réclamation', 'Complaint')`,
      [motId, organisationId],
    );
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, 'Admin', $3)`, [
      userId,
      admin,
      await bcrypt.hash(DEMO_PASSWORD, 4),
    ]);
    await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId") VALUES ($1, $2, $3, 'ADMIN', $4)`, [
      randomUUID(),
      organisationId,
      userId,
      teamId,
    ]);
  });
  return {
    organisationId,
    name,
    admin,
    newLink: () =>
      withClient(async (client) => {
        const secret = process.env.NEXTAUTH_SECRET;
        if (!secret) throw new Error("NEXTAUTH_SECRET must be set (scripts/test.ts passes it)");
        const contactId = randomUUID();
        const { token, hash } = linkTokenFor(secret, contactId);
        await client.query(
          `INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "tokenHash", "linkExpiresAt")
           VALUES ($1, $2, $3, $4, 'PHONE', 'fr', now(), $5, now() + interval '30 days')`,
          [contactId, organisationId, teamId, motId, Buffer.from(hash)],
        );
        return `/fr/r/${token}`;
      }),
    read: () =>
      withClient(async (client) => {
        const { rows } = await client.query(
          `SELECT name, "brandColor", "minGroupSize", "syncCreatesEvents", "webhookUrl", "webhookSecret" FROM "Organisation" WHERE id = $1`,
          [organisationId],
        );
        return rows[0];
      }),
  };
}
