// A small organisation of its own for the item/irritant catalogue e2e (raw SQL, no app code), so
// its edits never touch the demo: one team, an ADMIN, an HR lead and a CX lead, one customer
// moment, one mirrored item pair and one irritant pair; and a fresh survey link of that team.
import { randomUUID } from "node:crypto";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { withClient } from "../survey-support";
import { insertOrgRows } from "./org-rows";

export interface CatalogueOrg {
  organisationId: string;
  admin: string;
  hr: string;
  cx: string;
  /** A new contact's survey path (/fr/r/<token>). */
  newLink: () => Promise<string>;
}

export async function createCatalogueOrg(): Promise<CatalogueOrg> {
  const mot = randomUUID();
  const { org, team, ...people } = await withClient(async (client) => {
    const { organisationId: org, teamId: team, person } = await insertOrgRows(client, "pairs", "pairs.test");
    await client.query(
      `INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn") VALUES ($1, $2, 'CUSTOMER', 'panne', 'Panne', 'Breakdown')`,
      [mot, org],
    );
    await client.query(
      `INSERT INTO "MirroredItem" (id, "organisationId", dimension, "customerTextFr", "customerTextEn", "employeeTextFr", "employeeTextEn")
       VALUES ($1, $2, 'ecoute', 'Le conseiller m''a écouté', 'The advisor listened to me', 'Mon manager est à mon écoute', 'My manager listens to me')`,
      [randomUUID(), org],
    );
    return { org, team, admin: await person("admin", "ADMIN"), hr: await person("rh", "HR"), cx: await person("cx", "CX") };
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
