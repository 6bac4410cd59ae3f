// `npx tsx --tsconfig tsconfig.node.json scripts/bench/themes-probe.ts [--existing N --probe N]`:
// where the customer theme matching's time goes, per comment, on a throwaway embedded PostgreSQL
// (a one-off probe next to bench:themes, docs/benchmarks.md). `existing` comments are loaded
// first (with their links, time-ordered ids as an import gives them) so the tables have a size,
// then `probe` new comments are timed stage by stage in batches of 5 000:
//   - tsvector: to_tsvector of each comment in its language (unaccent and the stemmer)
//   - tests: the tsvector plus the @@ test against each active theme of the organisation
//   - links: inserting the link rows those tests give (no foreign key, two indexes)
//   - answer row: the INSERT of the answers with the theme trigger disabled (the floor)
//   - whole: the INSERT of other answers with the theme trigger (the matching = whole − answer row)
import { parseArgs } from "node:util";
import { uuidV7Batch } from "@/lib/db/contacts/uuid-v7";
import { comment, createOrg, runOnBenchDatabase } from "./theme-bench-data";

const { values: args } = parseArgs({ options: { existing: { type: "string" }, probe: { type: "string" } } });
const EXISTING = Number(args.existing ?? 200_000);
const PROBE = Number(args.probe ?? 20_000);
const BATCH = 5_000;

const CONFIG = `CASE WHEN p.locale = 'en' THEN 'public.symetrie_en'::regconfig ELSE 'public.symetrie_fr'::regconfig END`;
const THEMES = `SELECT id, "queryFr", "queryEn" FROM "Theme" WHERE "organisationId" = $1 AND side = 'CUSTOMER' AND active`;

runOnBenchDatabase(async (client, url) => {
  const { id: org, teamId, momentId, importId } = await createOrg(url, "probe", true);
  const insert = (table: string, offset: number, n: number) =>
    client.query(
      `INSERT INTO ${table} (id, "organisationId", "importId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, comment, "submittedAt")
         SELECT i, $1, $2, $3, $4, 'PHONE', CASE WHEN k % 10 = 0 THEN 'en' ELSE 'fr' END::"Locale", gen_random_uuid(), k % 11, c, now()
         FROM unnest($5::text[], $6::uuid[]) WITH ORDINALITY AS u(c, i, k)`,
      [org, importId, teamId, momentId, Array.from({ length: n }, (_, k) => comment(offset + k)), uuidV7Batch(n)],
    );
  for (let offset = 0; offset < EXISTING; offset += BATCH) await insert(`"CustomerResponse"`, offset, Math.min(BATCH, EXISTING - offset));
  console.log(`▸ ${EXISTING} existing comments loaded, probing ${PROBE} in batches of ${BATCH}`);

  const time = async (sql: string, params: unknown[] = []) => {
    const started = performance.now();
    await client.query(sql, params);
    return performance.now() - started;
  };
  const ms = { tsvector: 0, tests: 0, links: 0, answer: 0, whole: 0 };
  await client.query(`CREATE TABLE probe (LIKE "CustomerResponse")`);
  for (let offset = 0; offset < PROBE; offset += BATCH) {
    const n = Math.min(BATCH, PROBE - offset);
    await client.query(`TRUNCATE probe`);
    await insert("probe", EXISTING + offset, n);
    ms.tsvector += await time(`SELECT sum(length(pg_catalog.to_tsvector(${CONFIG}, p.comment))) FROM probe p`);
    const matched = `WITH theme AS MATERIALIZED (${THEMES}), document AS MATERIALIZED (
          SELECT p.id, p.locale, pg_catalog.to_tsvector(${CONFIG}, p.comment) AS vector FROM probe p)
        SELECT d.id AS "responseId", t.id AS "themeId", $1::uuid AS "organisationId" FROM document d CROSS JOIN theme t
        WHERE d.vector @@ (CASE WHEN d.locale = 'en' THEN t."queryEn" ELSE t."queryFr" END)`;
    ms.tests += await time(`SELECT count(*) FROM (${matched}) x`, [org]);
    await client.query(`DROP TABLE IF EXISTS probe_links`);
    await client.query(`CREATE TABLE probe_links AS ${matched}`, [org]);
    ms.links += await time(`INSERT INTO "CustomerResponseTheme" SELECT "responseId", "themeId", "organisationId" FROM probe_links`);
    await client.query(`DELETE FROM "CustomerResponseTheme" WHERE "responseId" IN (SELECT "responseId" FROM probe_links)`);
    await client.query(`ALTER TABLE "CustomerResponse" DISABLE TRIGGER "CustomerResponse_themes_insert"`);
    let started = performance.now();
    await insert(`"CustomerResponse"`, EXISTING + offset, n);
    ms.answer += performance.now() - started;
    await client.query(`ALTER TABLE "CustomerResponse" ENABLE TRIGGER "CustomerResponse_themes_insert"`);
    started = performance.now();
    await insert(`"CustomerResponse"`, EXISTING + offset, n);
    ms.whole += performance.now() - started;
  }
  const us = (value: number) => ((value * 1000) / PROBE).toFixed(1);
  console.log(`per comment (µs): tsvector ${us(ms.tsvector)}, the tests ${us(ms.tests - ms.tsvector)}, links ${us(ms.links)}`);
  console.log(`answer row alone ${us(ms.answer)}, with the theme trigger ${us(ms.whole)}: matching ${us(ms.whole - ms.answer)}`);
});
