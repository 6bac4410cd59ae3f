// Specs that answer survey links of the demo organisation (tests/e2e/survey-support.ts) give the
// demo back as they found it: `demoLinks()` remembers the contacts a spec made in this worker and
// its afterAll deletes them (their answers, items, irritants and follow-ups go by cascade), marking
// each month they were answered in as stale so the dashboard recomputes it without them — as the
// app's own writers do (lib/db/rollup/mark-dirty.ts: shared advisory lock, then the marker).
import { createDemoLink, withClient } from "../survey-support";

type LinkOptions = Parameters<typeof createDemoLink>[0];

/** Deletes these demo contacts and what hangs on them, and marks their answers' months for refresh. */
export async function forgetDemoContacts(contactIds: readonly string[]): Promise<void> {
  if (contactIds.length === 0) return;
  await withClient(async (client) => {
    await client.query("BEGIN");
    try {
      // The same month and lock key as lib/db/rollup/period-sql.ts (Paris calendar month).
      await client.query(
        `WITH months AS (
           SELECT DISTINCT r."organisationId", date_trunc('month', r."submittedAt" AT TIME ZONE 'Europe/Paris')::date AS period
             FROM "CustomerResponse" r WHERE r."contactId" = ANY($1::uuid[]))
         SELECT pg_advisory_xact_lock_shared(hashtext('rollup:' || "organisationId"::text),
                (extract(year FROM period) * 100 + extract(month FROM period))::int) FROM months`,
        [contactIds],
      );
      await client.query(
        `INSERT INTO "RollupDirty" ("organisationId", period)
         SELECT DISTINCT r."organisationId", date_trunc('month', r."submittedAt" AT TIME ZONE 'Europe/Paris')::date
           FROM "CustomerResponse" r WHERE r."contactId" = ANY($1::uuid[])
         ON CONFLICT DO NOTHING`,
        [contactIds],
      );
      await client.query(`DELETE FROM "Contact" WHERE id = ANY($1::uuid[])`, [contactIds]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

/** The ids of the demo contacts whose external id passes `condition` (on c."externalId", with $1). */
async function demoContactIds(condition: string, values: readonly string[]): Promise<string[]> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT c.id::text FROM "Contact" c JOIN "Organisation" o ON o.id = c."organisationId" WHERE o.slug = 'demo' AND ${condition}`,
      [values],
    );
    return rows.map((row) => row.id);
  });
}

/** Deletes the demo contacts whose external id starts with one of these prefixes (a spec's imports). */
export async function forgetDemoContactsByPrefix(prefixes: readonly string[]): Promise<void> {
  if (prefixes.length > 0)
    await forgetDemoContacts(await demoContactIds(`c."externalId" LIKE ANY (SELECT p || '-%' FROM unnest($1::text[]) p)`, prefixes));
}

/** Deletes the demo contacts with these external ids (a spec's API calls). */
export async function forgetDemoContactsByExternalId(externalIds: readonly string[]): Promise<void> {
  if (externalIds.length > 0) await forgetDemoContacts(await demoContactIds(`c."externalId" = ANY($1::text[])`, externalIds));
}

/** createDemoLink that remembers what it made; call `restore` in the spec's afterAll. */
export function demoLinks() {
  const made: string[] = [];
  return {
    async create(options?: LinkOptions) {
      const link = await createDemoLink(options);
      made.push(link.contactId);
      return link;
    },
    async restore() {
      await forgetDemoContacts(made.splice(0));
    },
  };
}
