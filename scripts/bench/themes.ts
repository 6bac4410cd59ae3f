// `npm run bench:themes [-- --customers N --employees N --batch N --rematch]`: theme matching on the
// bulk insert path (issue 15 "Speed": with 1 000 000 customer and 200 000 employee comments, theme
// matching ≥ 20 000 comments/s), on a throwaway embedded PostgreSQL with production durability.
//
// Comments are inserted the way an import stores them (one unnest INSERT per batch,
// lib/db/internal/response-imports) into three organisations, batch by batch in turn (the order
// rotates), so the three paths see the same load and the same table sizes:
//   - floor: no theme matching at all (the theme insert triggers disabled for that batch)
//   - before: the matching of migration verbatim_themes (its trigger bodies and the link tables'
//     organisation foreign key, re-created here for the batch)
//   - after: the current triggers (migration theme_matching_speed)
// Matching throughput = comments / (time with themes − time of the floor), the end-to-end rate =
// comments / time with themes. Both organisations with themes must end with the same links.
// Comments are corpus sentences (tests/fixtures), one or two per comment with a number.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { THEME_CORPUS } from "@/tests/fixtures/theme-corpus";
import { createDb } from "@/lib/db/client";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { startBenchDatabase } from "./harness";

const { values: args } = parseArgs({
  options: {
    customers: { type: "string" },
    employees: { type: "string" },
    batch: { type: "string" },
    rematch: { type: "boolean" },
  },
});
const CUSTOMERS = Number(args.customers ?? 1_000_000);
const EMPLOYEES = Number(args.employees ?? 200_000);
const BATCH = Number(args.batch ?? 5_000);

type Org = { id: string; teamId: string; momentId: string; importId: string };
type Path = "floor" | "before" | "after" | "screen";
type Side = "Customer" | "Employee";

async function createOrg(url: string, slug: string, withThemes: boolean): Promise<Org> {
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
function comment(i: number): string {
  const first = sentences[(i * 7919) % sentences.length]!;
  if (i % 3 === 0) return `${first} (${i})`;
  return `${first} ${sentences[(i * 104729 + 13) % sentences.length]!} ${i}`;
}

async function insertBatch(client: pg.Client, side: Side, org: Org, offset: number, n: number): Promise<number> {
  const comments = Array.from({ length: n }, (_, k) => comment(offset + k + (side === "Employee" ? 10_000_019 : 0)));
  const started = performance.now();
  if (side === "Customer") {
    await client.query(
      `INSERT INTO "CustomerResponse" (id, "organisationId", "importId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, comment, "submittedAt")
       SELECT gen_random_uuid(), $1, $2, $3, $4, 'PHONE', CASE WHEN k % 10 = 0 THEN 'en' ELSE 'fr' END::"Locale", gen_random_uuid(), k % 11, c, now()
       FROM unnest($5::text[]) WITH ORDINALITY AS u(c, k)`,
      [org.id, org.importId, org.teamId, org.momentId, comments],
    );
  } else {
    await client.query(
      `INSERT INTO "EmployeeResponse" (id, "organisationId", "importId", "teamId", period, score, comment)
       SELECT gen_random_uuid(), $1, $2, $3, date '2026-11-01', k % 11, c FROM unnest($4::text[]) WITH ORDINALITY AS u(c, k)`,
      [org.id, org.importId, org.teamId, comments],
    );
  }
  return (performance.now() - started) / 1000;
}

/** The insert triggers of migration verbatim_themes, verbatim, under bench names (created disabled). */
const BEFORE_TRIGGERS = `
CREATE FUNCTION public.bench_before_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH document AS MATERIALIZED (
    SELECT n.id, n."organisationId", n.locale,
      pg_catalog.to_tsvector(CASE WHEN n.locale = 'en' THEN 'public.symetrie_en'::regconfig ELSE 'public.symetrie_fr'::regconfig END, n.comment) AS vector
    FROM new_rows AS n
    WHERE n.comment IS NOT NULL AND n.comment <> ''
  )
  INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN "Theme" AS t ON t."organisationId" = d."organisationId" AND t.side = 'CUSTOMER' AND t.active
  WHERE d.vector @@ (CASE WHEN d.locale = 'en' THEN t."queryEn" ELSE t."queryFr" END)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION public.bench_before_employee() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH document AS MATERIALIZED (
    SELECT n.id, n."organisationId", o."defaultLocale" AS locale,
      pg_catalog.to_tsvector(CASE WHEN o."defaultLocale" = 'en' THEN 'public.symetrie_en'::regconfig ELSE 'public.symetrie_fr'::regconfig END, n.comment) AS vector
    FROM new_rows AS n
    JOIN "Organisation" AS o ON o.id = n."organisationId"
    WHERE n.comment IS NOT NULL AND n.comment <> ''
  )
  INSERT INTO "EmployeeResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN "Theme" AS t ON t."organisationId" = d."organisationId" AND t.side = 'EMPLOYEE' AND t.active
  WHERE d.vector @@ (CASE WHEN d.locale = 'en' THEN t."queryEn" ELSE t."queryFr" END)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER bench_before_insert AFTER INSERT ON "CustomerResponse"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.bench_before_customer();
CREATE TRIGGER bench_before_insert AFTER INSERT ON "EmployeeResponse"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.bench_before_employee();
ALTER TABLE "CustomerResponse" DISABLE TRIGGER bench_before_insert;
ALTER TABLE "EmployeeResponse" DISABLE TRIGGER bench_before_insert;`;

/** The current customer trigger with a screen query first: the OR of the organisation's themes,
 * so that comments matching nothing skip the per-theme tests (measured, left out of the migration). */
const SCREEN_TRIGGER = `
CREATE FUNCTION public.bench_screen_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH theme AS MATERIALIZED (
    SELECT t.id, t."organisationId", t."queryFr", t."queryEn" FROM "Theme" AS t
    WHERE t.side = 'CUSTOMER' AND t.active AND t."organisationId" IN (SELECT DISTINCT n."organisationId" FROM new_rows AS n)
  ), screen AS MATERIALIZED (
    SELECT t."organisationId", public.symetrie_tsquery_any(t."queryFr") AS "anyFr", public.symetrie_tsquery_any(t."queryEn") AS "anyEn"
    FROM theme AS t GROUP BY t."organisationId"
  ), document AS MATERIALIZED (
    SELECT n.id, n."organisationId", n.locale, v.vector
    FROM new_rows AS n
    JOIN screen AS s ON s."organisationId" = n."organisationId"
    CROSS JOIN LATERAL (
      SELECT pg_catalog.to_tsvector(CASE WHEN n.locale = 'en' THEN 'public.symetrie_en'::regconfig ELSE 'public.symetrie_fr'::regconfig END, n.comment) AS vector
      OFFSET 0
    ) AS v
    WHERE n.comment IS NOT NULL AND n.comment <> '' AND v.vector @@ (CASE WHEN n.locale = 'en' THEN s."anyEn" ELSE s."anyFr" END)
  )
  INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId" FROM document AS d JOIN theme AS t ON t."organisationId" = d."organisationId"
  WHERE d.vector @@ (CASE WHEN d.locale = 'en' THEN t."queryEn" ELSE t."queryFr" END);
  RETURN NULL;
END $$;
CREATE TRIGGER bench_screen_insert AFTER INSERT ON "CustomerResponse"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.bench_screen_customer();
ALTER TABLE "CustomerResponse" DISABLE TRIGGER bench_screen_insert;`;

/** Switches the theme matching of a side's table to one path (outside the timed insert). */
async function switchTo(client: pg.Client, side: Side, path: Path) {
  const table = `"${side}Response"`;
  const links = `"${side}ResponseTheme"`;
  await client.query(`ALTER TABLE ${table} ${path === "after" ? "ENABLE" : "DISABLE"} TRIGGER "${side}Response_themes_insert"`);
  await client.query(`ALTER TABLE ${table} ${path === "before" ? "ENABLE" : "DISABLE"} TRIGGER bench_before_insert`);
  if (side === "Customer")
    await client.query(`ALTER TABLE ${table} ${path === "screen" ? "ENABLE" : "DISABLE"} TRIGGER bench_screen_insert`);
  await client.query(`ALTER TABLE ${links} DROP CONSTRAINT IF EXISTS bench_organisation_fkey`);
  if (path === "before") {
    await client.query(
      `ALTER TABLE ${links} ADD CONSTRAINT bench_organisation_fkey FOREIGN KEY ("organisationId") REFERENCES "Organisation"(id) ON DELETE CASCADE ON UPDATE CASCADE NOT VALID`,
    );
  }
}

const PATHS: Record<Side, Path[]> = { Customer: ["floor", "before", "after", "screen"], Employee: ["floor", "before", "after"] };
const LABELS: Record<Path, string> = {
  floor: "no matching (floor)",
  before: "before: migration verbatim_themes",
  after: "after: migration theme_matching_speed",
  screen: "after, plus a screen query (comparison)",
};

async function runSide(client: pg.Client, side: Side, orgs: Record<Path, Org>, total: number): Promise<Partial<Record<Path, number>>> {
  const paths = PATHS[side];
  const seconds: Partial<Record<Path, number>> = Object.fromEntries(paths.map((path) => [path, 0]));
  let round = 0;
  for (let offset = 0; offset < total; offset += BATCH, round++) {
    const n = Math.min(BATCH, total - offset);
    for (let k = 0; k < paths.length; k++) {
      const path = paths[(round + k) % paths.length]!;
      await switchTo(client, side, path);
      seconds[path]! += await insertBatch(client, side, orgs[path], offset, n);
    }
    if (round % 40 === 39) process.stdout.write(`  ${side.toLowerCase()}: ${offset + n} of ${total}\n`);
  }
  await switchTo(client, side, "after");
  return seconds;
}

/** Comment → theme keys of one organisation, compared between the two themed organisations. */
async function differences(client: pg.Client, side: Side, a: Org, b: Org): Promise<number> {
  const links = (org: Org) =>
    `SELECT r.comment, t.key FROM "${side}ResponseTheme" l
     JOIN "${side}Response" r ON r.id = l."responseId" JOIN "Theme" t ON t.id = l."themeId" WHERE l."organisationId" = '${org.id}'`;
  const { rows } = await client.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM ((SELECT comment, key FROM (${links(a)}) x) EXCEPT ALL (SELECT comment, key FROM (${links(b)}) y)) d)::int
          + (SELECT count(*) FROM ((SELECT comment, key FROM (${links(b)}) x) EXCEPT ALL (SELECT comment, key FROM (${links(a)}) y)) d)::int AS n`,
  );
  return rows[0]!.n;
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString("en");
}

async function main() {
  const env = await startBenchDatabase();
  const client = new pg.Client({ connectionString: env.database.url });
  try {
    await client.connect();
    const orgs: Record<Path, Org> = {
      floor: await createOrg(env.database.url, "bench-floor", false),
      before: await createOrg(env.database.url, "bench-before", true),
      after: await createOrg(env.database.url, "bench-after", true),
      screen: await createOrg(env.database.url, "bench-screen", true),
    };
    await client.query(BEFORE_TRIGGERS);
    await client.query(SCREEN_TRIGGER);
    console.log(
      `▸ ${CUSTOMERS} customer and ${EMPLOYEES} employee comments per path (floor, before, after, and for customers after plus a screen query), batches of ${BATCH}`,
    );
    const started = performance.now();
    const customer = await runSide(client, "Customer", orgs, CUSTOMERS);
    const employee = await runSide(client, "Employee", orgs, EMPLOYEES);
    console.log(`▸ inserts took ${Math.round((performance.now() - started) / 1000)} s in all`);

    console.log(`\n| insert path | seconds | end-to-end comments/s | matching seconds | matching comments/s | matching vs before |`);
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const [label, seconds, total] of [
      ["customer", customer, CUSTOMERS],
      ["employee", employee, EMPLOYEES],
    ] as const) {
      const floor = seconds.floor!;
      const matching = (path: Path) => total / (seconds[path]! - floor);
      for (const path of PATHS[label === "customer" ? "Customer" : "Employee"]) {
        const own = seconds[path]!;
        const cells =
          path === "floor"
            ? ["", "", ""]
            : [(own - floor).toFixed(1), fmt(matching(path)), (matching(path) / matching("before")).toFixed(2)];
        console.log(`| ${label}, ${LABELS[path]} | ${own.toFixed(1)} | ${fmt(total / own)} | ${cells.join(" | ")} |`);
      }
    }
    console.log("(comments/s; matching = comments / (time with themes − floor time))");

    for (const side of ["Customer", "Employee"] as const) {
      const { rows } = await client.query<{ matched: number; links: number }>(
        `SELECT count(DISTINCT "responseId")::int AS matched, count(*)::int AS links FROM "${side}ResponseTheme" WHERE "organisationId" = $1`,
        [orgs.after.id],
      );
      const diff = await differences(client, side, orgs.before, orgs.after);
      console.log(
        `${side}: ${fmt(rows[0]!.matched)} comments have a theme (${fmt(rows[0]!.links)} links), before vs after: ${diff} differing links.`,
      );
      if (diff !== 0) process.exitCode = 1;
    }

    if (args.rematch) {
      const theme = await client.query<{ id: string }>(
        `SELECT id FROM "Theme" WHERE "organisationId" = $1 AND side = 'CUSTOMER' AND key = 'attente'`,
        [orgs.after.id],
      );
      const rematchStarted = performance.now();
      await client.query(`UPDATE "Theme" SET "keywordsFr" = array_append("keywordsFr", 'lenteur') WHERE id = $1`, [theme.rows[0]!.id]);
      console.log(
        `Keywords of one customer theme changed: all ${CUSTOMERS} comments matched again in ${fmt(performance.now() - rematchStarted)} ms.`,
      );
    }
  } finally {
    await client.end().catch(() => {});
    await env.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
