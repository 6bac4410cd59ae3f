// Shared by bench:themes and the theme probe: an organisation to insert comments into, the
// corpus-made comments, and a run on a throwaway database that always stops it.
import crypto from "node:crypto";
import pg from "pg";
import { THEME_CORPUS } from "@/tests/fixtures/theme-corpus";
import { createDb } from "@/lib/db/client";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { startBenchDatabase } from "./harness";

export type Org = { id: string; teamId: string; momentId: string; importId: string };

/** An organisation with one team, a customer moment, an import batch, and the default themes if asked. */
export async function createOrg(url: string, slug: string, withThemes: boolean): Promise<Org> {
  const { db, pool } = createDb(url);
  const organisation = await db.organisation.create({ data: { slug, name: slug } });
  const teamId = crypto.randomUUID();
  await db.team.create({ data: { id: teamId, organisationId: organisation.id, name: "T", externalId: `${slug}-T`, path: `/${teamId}/` } });
  const moment = await db.momentOfTruth.create({
    data: { organisationId: organisation.id, side: "CUSTOMER", key: "contact", labelFr: "Contact", labelEn: "Contact" },
  });
  const batch = await db.responseImport.create({ data: { organisationId: organisation.id, customerRows: 1, employeeRows: 1 } });
  if (withThemes) await db.$transaction((tx) => createDefaultThemes(tx, organisation.id));
  await db.$disconnect();
  await pool.end();
  return { id: organisation.id, teamId, momentId: moment.id, importId: batch.id };
}

const sentences = THEME_CORPUS.map((comment) => comment.text);

/** Comment number i: one or two corpus sentences and a number. */
export function comment(i: number): string {
  const first = sentences[(i * 7919) % sentences.length]!;
  if (i % 3 === 0) return `${first} (${i})`;
  return `${first} ${sentences[(i * 104729 + 13) % sentences.length]!} ${i}`;
}

/** Runs `body` with a client on a fresh bench database, stops the database whatever happens. */
export function runOnBenchDatabase(body: (client: pg.Client, url: string) => Promise<void>): void {
  const run = async () => {
    const env = await startBenchDatabase();
    const client = new pg.Client({ connectionString: env.database.url });
    try {
      await client.connect();
      await body(client, env.database.url);
    } finally {
      await client.end().catch(() => {});
      await env.stop();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
