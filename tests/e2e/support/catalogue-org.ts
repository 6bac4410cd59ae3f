// A small organisation of its own for the item/irritant catalogue e2e (raw SQL, no app code), so
// its edits never touch the demo: one team, an ADMIN, an HR lead and a CX lead, one customer
// moment, one mirrored item pair and one irritant pair; and a fresh survey link of that team.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { withClient } from "../survey-support";
import { DEMO_PASSWORD } from "./session";

export interface CatalogueOrg {
  organisationId: string;
  admin: string;
  hr: string;
  cx: string;
  /** A new contact's survey path (/fr/r/<token>). */
  newLink: () => Promise<string>;
}

export async function createCatalogueOrg(): Promise<CatalogueOrg> {
  const tag = randomUUID().slice(0, 8);
  const org = randomUUID();
  const team = randomUUID();
  const mot = randomUUID();
  const people = await withClient(async (client) => {
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, $2, $3)`, [org, `pairs-${tag}`, `Pairs ${tag}`]);
    await client.query(`INSERT INTO "Team" (id, "organisationId", name, kind, path, depth) VALUES ($1, $2, $3, 'TEAM', $4, 0)`, [
      team,
      org,
      `Équipe ${tag}`,
      `/${team}/`,
    ]);
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'CUSTOMER', 'panne', 'Panne', 'Breakdown')`,
      [mot, org],
    );
    await client.query(
      `INSERT INTO "MirroredItem" (id, "organisationId", dimension, "customerTextFr", "customerTextEn", "employeeTextFr", "employeeTextEn")
       VALUES ($1, $2, 'ecoute', 'Le conseiller m''a écouté', 'The advisor listened to me', 'Mon manager est à mon écoute', 'My manager listens to me')`,
      [randomUUID(), org],
    );
    const hash = await bcrypt.hash(DEMO_PASSWORD, 4);
    const person = async (local: string, role: string) => {
      const email = `${local}-${tag}@pairs.test`;
      const user = randomUUID();
      await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [user, email, local, hash]);
      await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role, "teamId") VALUES ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        org,
        user,
        role,
        team,
      ]);
      return email;
    };
    return { admin: await person("admin", "ADMIN"), hr: await person("rh", "HR"), cx: await person("cx", "CX") };
  });
  const newLink = () =>
    withClient(async (client) => {
      const secret = process.env.NEXTAUTH_SECRET;
      if (!secret) throw new Error("NEXTAUTH_SECRET must be set (scripts/test.ts passes it)");
      const contactId = randomUUID();
      const { token, hash } = linkTokenFor(secret, contactId);
      await client.query(
        `INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "tokenHash", "linkExpiresAt")
         VALUES ($1, $2, $3, $4, 'PHONE', 'fr', now(), $5, now() + interval '30 days')`,
        [contactId, org, team, mot, Buffer.from(hash)],
      );
      return `/fr/r/${token}`;
    });
  return { organisationId: org, ...people, newLink };
}
