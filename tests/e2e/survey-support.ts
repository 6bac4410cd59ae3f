// Survey links for e2e tests, inserted straight into the e2e database (raw SQL, no app
// code): a fresh contact of the demo organisation per test, its token derived with the
// server's secret exactly as the app does.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { linkTokenFor } from "@/lib/surveys/tokens";

export async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface DemoLink {
  contactId: string;
  token: string;
  path: (locale?: "fr" | "en") => string;
}

/** A contact of the demo team with this externalId (default Conseil Lyon A) and its link; a phone call made now unless told otherwise. */
export async function createDemoLink(
  options: { teamExternalId?: string; locale?: "fr" | "en"; expired?: boolean; channel?: string; occurredAt?: Date } = {},
): Promise<DemoLink> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET must be set (scripts/test.ts passes it)");
  return withClient(async (client) => {
    const { rows } = await client.query<{ organisationId: string; teamId: string; motId: string }>(
      `SELECT o.id AS "organisationId", t.id AS "teamId", m.id AS "motId"
         FROM "Organisation" o JOIN "Team" t ON t."organisationId" = o.id
         JOIN "MomentOfTruth" m ON m."organisationId" = o.id AND m.side = 'CUSTOMER'
        WHERE o.slug = 'demo' AND t."externalId" = $1 LIMIT 1`,
      [options.teamExternalId ?? "T-REL-01"],
    );
    const demo = rows[0];
    if (!demo) throw new Error("demo organisation not seeded");
    const contactId = randomUUID();
    const { token, hash } = linkTokenFor(secret, contactId);
    await client.query(
      `INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "customerEmail", "tokenHash", "linkExpiresAt")
       VALUES ($1, $2, $3, $4, $8::"Channel", $5, coalesce($9::timestamptz, now()), 'client-e2e@example.com', $6, now() + ($7 || ' days')::interval)`,
      [
        contactId,
        demo.organisationId,
        demo.teamId,
        demo.motId,
        options.locale ?? "fr",
        Buffer.from(hash),
        options.expired ? "-1" : "30",
        options.channel ?? "PHONE",
        options.occurredAt ?? null,
      ],
    );
    return { contactId, token, path: (locale = options.locale ?? "fr") => `/${locale}/r/${token}` };
  });
}

export async function responsesOf(
  contactId: string,
): Promise<Array<{ score: number; comment: string | null; items: number; irritants: number; followUps: number }>> {
  return withClient(async (client) => {
    const { rows } = await client.query(
      `SELECT r.score, r.comment,
              (SELECT count(*)::int FROM "CustomerItemAnswer" i WHERE i."responseId" = r.id) AS items,
              (SELECT count(*)::int FROM "CustomerResponseIrritant" x WHERE x."responseId" = r.id) AS irritants,
              (SELECT count(*)::int FROM "FollowUp" f WHERE f."responseId" = r.id) AS "followUps"
         FROM "CustomerResponse" r WHERE r."contactId" = $1`,
      [contactId],
    );
    return rows;
  });
}
