// `npm run bench:themes [-- --customers N --employees N --batch N]`: theme matching on the bulk
// insert path (issue 15 "Speed": ≥ 20 000 comments/s), on a throwaway embedded PostgreSQL with
// production durability. Comments are inserted the way an import stores them (one unnest INSERT
// per batch, lib/db/internal/response-imports) into an organisation without themes (the floor)
// and one with the default themes (the statement trigger of migration verbatim_themes), then with
// an equivalent row-by-row trigger for comparison; last, one theme's keywords change and it is
// matched again over every comment. Comments are corpus sentences (tests/fixtures), one or two
// per comment with a number, so they vary.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { THEME_CORPUS } from "@/tests/fixtures/theme-corpus";
import { createDb } from "@/lib/db/client";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { startBenchDatabase } from "./harness";

const { values: args } = parseArgs({
  options: { customers: { type: "string" }, employees: { type: "string" }, batch: { type: "string" } },
});
const CUSTOMERS = Number(args.customers ?? 200_000);
const EMPLOYEES = Number(args.employees ?? 40_000);
const BATCH = Number(args.batch ?? 5_000);

type Org = { id: string; teamId: string; momentId: string; importId: string };

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

async function insertCustomers(client: pg.Client, org: Org, total: number): Promise<number> {
  let seconds = 0;
  for (let offset = 0; offset < total; offset += BATCH) {
    const n = Math.min(BATCH, total - offset);
    const comments = Array.from({ length: n }, (_, k) => comment(offset + k));
    const started = performance.now();
    await client.query(
      `INSERT INTO "CustomerResponse" (id, "organisationId", "importId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, comment, "submittedAt")
       SELECT gen_random_uuid(), $1, $2, $3, $4, 'PHONE', CASE WHEN k % 10 = 0 THEN 'en' ELSE 'fr' END::"Locale", gen_random_uuid(), k % 11, c, now()
       FROM unnest($5::text[]) WITH ORDINALITY AS u(c, k)`,
      [org.id, org.importId, org.teamId, org.momentId, comments],
    );
    seconds += (performance.now() - started) / 1000;
  }
  return total / seconds;
}

async function insertEmployees(client: pg.Client, org: Org, total: number): Promise<number> {
  let seconds = 0;
  for (let offset = 0; offset < total; offset += BATCH) {
    const n = Math.min(BATCH, total - offset);
    const comments = Array.from({ length: n }, (_, k) => comment(offset + k + 1_000_003));
    const started = performance.now();
    await client.query(
      `INSERT INTO "EmployeeResponse" (id, "organisationId", "importId", "teamId", period, score, comment)
       SELECT gen_random_uuid(), $1, $2, $3, date '2026-11-01', k % 11, c FROM unnest($4::text[]) WITH ORDINALITY AS u(c, k)`,
      [org.id, org.importId, org.teamId, comments],
    );
    seconds += (performance.now() - started) / 1000;
  }
  return total / seconds;
}

/** The same matching as the statement trigger, one comment at a time (FOR EACH ROW). */
const ROW_TRIGGER = `
CREATE FUNCTION public.bench_row_themes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT NEW.id, t.id, NEW."organisationId" FROM "Theme" t
  WHERE t."organisationId" = NEW."organisationId" AND t.side = 'CUSTOMER' AND t.active AND NEW.comment IS NOT NULL
    AND to_tsvector(CASE WHEN NEW.locale = 'en' THEN 'symetrie_en'::regconfig ELSE 'symetrie_fr'::regconfig END, NEW.comment)
      @@ (CASE WHEN NEW.locale = 'en' THEN t."queryEn" ELSE t."queryFr" END)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$`;

async function main() {
  const env = await startBenchDatabase();
  const client = new pg.Client({ connectionString: env.database.url });
  try {
    await client.connect();
    const bare = await createOrg(env.database.url, "bench-bare", false);
    const themed = await createOrg(env.database.url, "bench-themed", true);
    const rowed = await createOrg(env.database.url, "bench-rowed", true);
    console.log(`▸ ${CUSTOMERS} customer and ${EMPLOYEES} employee comments per organisation, batches of ${BATCH}`);
    const results: [string, number][] = [];
    results.push(["customer, no themes (floor)", await insertCustomers(client, bare, CUSTOMERS)]);
    results.push(["customer, 10 themes, statement trigger", await insertCustomers(client, themed, CUSTOMERS)]);
    results.push(["employee, no themes (floor)", await insertEmployees(client, bare, EMPLOYEES)]);
    results.push(["employee, 10 themes, statement trigger", await insertEmployees(client, themed, EMPLOYEES)]);
    await client.query(ROW_TRIGGER);
    await client.query(`ALTER TABLE "CustomerResponse" DISABLE TRIGGER "CustomerResponse_themes_insert"`);
    await client.query(
      `CREATE TRIGGER bench_row AFTER INSERT ON "CustomerResponse" FOR EACH ROW EXECUTE FUNCTION public.bench_row_themes()`,
    );
    results.push(["customer, 10 themes, row trigger (comparison)", await insertCustomers(client, rowed, CUSTOMERS)]);
    await client.query(`DROP TRIGGER bench_row ON "CustomerResponse"`);
    await client.query(`DROP FUNCTION public.bench_row_themes()`);
    await client.query(`ALTER TABLE "CustomerResponse" ENABLE TRIGGER "CustomerResponse_themes_insert"`);

    const { rows } = await client.query<{ matched: number; links: number }>(
      `SELECT (SELECT count(DISTINCT "responseId")::int FROM "CustomerResponseTheme" WHERE "organisationId" = $1) AS matched,
              (SELECT count(*)::int FROM "CustomerResponseTheme" WHERE "organisationId" = $1) AS links`,
      [themed.id],
    );
    const theme = await client.query<{ id: string }>(
      `SELECT id FROM "Theme" WHERE "organisationId" = $1 AND side = 'CUSTOMER' AND key = 'attente'`,
      [themed.id],
    );
    const started = performance.now();
    await client.query(`UPDATE "Theme" SET "keywordsFr" = array_append("keywordsFr", 'lenteur') WHERE id = $1`, [theme.rows[0]!.id]);
    const rematchMs = performance.now() - started;

    console.log("\n| insert path | comments/s | vs floor |\n|---|---:|---:|");
    const floor = (label: string) => results.find(([name]) => name.startsWith(label) && name.includes("floor"))![1];
    for (const [name, rate] of results) {
      console.log(`| ${name} | ${Math.round(rate).toLocaleString("en")} | ${(rate / floor(name.split(",")[0]!)).toFixed(2)} |`);
    }
    console.log(`\n${rows[0]!.matched} of ${CUSTOMERS} customer comments have a theme (${rows[0]!.links} theme links).`);
    console.log(`Keywords of one customer theme changed: all ${CUSTOMERS} comments matched again in ${Math.round(rematchMs)} ms.`);
  } finally {
    await client.end().catch(() => {});
    await env.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
