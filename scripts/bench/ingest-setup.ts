// Benchmark fixtures: one organisation with a team, the default catalogues and an API key;
// and the raw-SQL baseline that inserts contacts and links the way the bulk endpoint must.
import crypto from "node:crypto";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { apiScopes } from "@/lib/auth/api-scopes";
import { hashSecret, linkTokenFor } from "@/lib/surveys/tokens";
import type { BenchEnvironment } from "./harness";

const TOKEN_BATCH = 10_000;

export const baseContact = { teamExternalId: "BENCH-T1", channel: "phone", momentOfTruth: "reclamation", locale: "fr" };

export function contactBody(i: number) {
  return { ...baseContact, externalId: `bench-${i}-${crypto.randomUUID()}` };
}

/** `count` fresh contacts made through the bulk endpoint, and their respondent link tokens. */
export async function respondentTokens(env: BenchEnvironment, count: number, baseUrl: string, key: string): Promise<string[]> {
  for (let made = 0; made < count; made += TOKEN_BATCH) {
    const rows = Array.from({ length: Math.min(TOKEN_BATCH, count - made) }, (_, i) => contactBody(1_000_000 + made + i));
    const response = await fetch(`${baseUrl}/api/v1/contacts/bulk`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(rows),
    });
    const body = (await response.json()) as { created?: number; errors?: unknown[] };
    if (!response.ok || body.errors?.length)
      throw new Error(`could not create respondent contacts: ${response.status} ${JSON.stringify(body.errors?.slice(0, 2))}`);
  }
  const client = new pg.Client({ connectionString: env.database.url });
  await client.connect();
  const { rows } = await client.query<{ id: string }>(
    `SELECT c.id FROM "Contact" c LEFT JOIN "CustomerResponse" r ON r."contactId" = c.id WHERE r.id IS NULL AND c."externalId" LIKE 'bench-1%' ORDER BY c.id`,
  );
  await client.end();
  return rows.map((row) => linkTokenFor(env.secret, row.id).token);
}

export async function prepareOrganisation(url: string): Promise<{ key: string; limitedKey: string; organisationId: string }> {
  process.env.DATABASE_URL = url; // the data layer's shared client reads it on first use
  const { db, pool } = createDb(url);
  const organisation = await db.organisation.create({ data: { slug: "bench", name: "Bench SA" } });
  const teamId = crypto.randomUUID();
  await db.team.create({
    data: { id: teamId, organisationId: organisation.id, name: "Bench team", externalId: "BENCH-T1", path: `/${teamId}/` },
  });
  await createDefaultCatalogues(db, organisation.id);
  await db.$disconnect();
  await pool.end();
  const { createApiKeyForOrganisation } = await import("@/lib/db/api-keys/create-api-key");
  const created = await createApiKeyForOrganisation("bench", "benchmark", apiScopes);
  // The runs measure ingestion, not the per-key limit: this key is not limited; limitedKey is,
  // high enough never to refuse, so (b) with and without the limiter compare side by side.
  const limited = await createApiKeyForOrganisation("bench", "benchmark, limited", apiScopes);
  const { db: shared } = await import("@/lib/db/client");
  await shared().apiKey.update({ where: { id: created.id }, data: { requestsPerMinute: null } });
  await shared().apiKey.update({ where: { id: limited.id }, data: { requestsPerMinute: 1_000_000 } });
  return { key: created.key, limitedKey: limited.key, organisationId: organisation.id };
}

/** Contacts with their link columns inserted with one unnest INSERT per batch: the floor for bulk ingestion. */
export async function rawInsertContacts(url: string, rows: number, rounds: number): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: refs } = await client.query<{ org: string; team: string; mot: string }>(
    `SELECT o.id AS org, t.id AS team, m.id AS mot FROM "Organisation" o JOIN "Team" t ON t."organisationId" = o.id JOIN "MomentOfTruth" m ON m."organisationId" = o.id AND m.side = 'CUSTOMER' WHERE o.slug = 'bench' LIMIT 1`,
  );
  const ref = refs[0]!;
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const ids = Array.from({ length: rows }, () => crypto.randomUUID());
    const externalIds = ids.map((id) => `raw-${id}`);
    const hashes = ids.map((id) => Buffer.from(hashSecret(`raw-token-${id}`)));
    const started = performance.now();
    await client.query(
      `INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "externalId", "occurredAt", "tokenHash", "linkExpiresAt")
       SELECT u.id, $2, $3, $4, 'PHONE', 'fr', u.ext, now(), u.hash, now() + interval '30 days' FROM unnest($1::uuid[], $5::text[], $6::bytea[]) AS u(id, ext, hash)
       ON CONFLICT DO NOTHING`,
      [ids, ref.org, ref.team, ref.mot, externalIds, hashes],
    );
    rates.push(rows / ((performance.now() - started) / 1000));
  }
  await client.end();
  return rates;
}
