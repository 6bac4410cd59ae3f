// `npm run bench:themes [-- --customers N --employees N --batch N --rematch --random-ids]`: theme matching on the
// bulk insert path (issue 15 "Speed": with 1 000 000 customer and 200 000 employee comments, theme
// matching ≥ 20 000 comments/s), on a throwaway embedded PostgreSQL with production durability.
//
// Comments are inserted the way an import stores them (one unnest INSERT per batch,
// lib/db/internal/response-imports) into three organisations, batch by batch in turn (the order
// rotates), so the three paths see the same load and the same table sizes:
//   - floor: no theme matching at all (the theme insert triggers disabled for that batch)
//   - before: migration theme_matching_speed, the link tables with their answer and theme foreign
//     keys (ON DELETE CASCADE, re-created NOT VALID here for the batch)
//   - after: migration theme_links_delete_triggers, the same insert triggers and no foreign key
//     (statement-level delete triggers remove the links instead)
// Matching throughput = comments / (time with themes − time of the floor), the end-to-end rate =
// comments / time with themes. Both organisations with themes must end with the same links.
// At the end, deleting part of each organisation's answers times the delete path both ways.
// Comments are corpus sentences (tests/fixtures), one or two per comment with a number.
import { parseArgs } from "node:util";
import type pg from "pg";
import { uuidV7Batch } from "@/lib/db/contacts/uuid-v7";
import { comment, createOrg, runOnBenchDatabase, type Org } from "./theme-bench-data";

const { values: args } = parseArgs({
  options: {
    customers: { type: "string" },
    employees: { type: "string" },
    batch: { type: "string" },
    rematch: { type: "boolean" },
    "random-ids": { type: "boolean" },
  },
});
const CUSTOMERS = Number(args.customers ?? 1_000_000);
const EMPLOYEES = Number(args.employees ?? 200_000);
const BATCH = Number(args.batch ?? 5_000);
/** Customer answers get time-ordered v7 ids like an import gives them (store-response-import.ts),
 * unless --random-ids (v4, what this bench used before 2026-12-05 04:20). Employee ids are v4 both ways. */
const RANDOM_IDS = args["random-ids"] === true;

type Path = "floor" | "before" | "after";
type Side = "Customer" | "Employee";

async function insertBatch(client: pg.Client, side: Side, org: Org, offset: number, n: number): Promise<number> {
  const comments = Array.from({ length: n }, (_, k) => comment(offset + k + (side === "Employee" ? 10_000_019 : 0)));
  const ids = side === "Customer" && !RANDOM_IDS ? uuidV7Batch(n) : null;
  const started = performance.now();
  if (side === "Customer") {
    await client.query(
      `INSERT INTO "CustomerResponse" (id, "organisationId", "importId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, comment, "submittedAt")
       SELECT coalesce(i, gen_random_uuid()), $1, $2, $3, $4, 'PHONE', CASE WHEN k % 10 = 0 THEN 'en' ELSE 'fr' END::"Locale", gen_random_uuid(), k % 11, c, now()
       FROM unnest($5::text[], $6::uuid[]) WITH ORDINALITY AS u(c, i, k)`,
      [org.id, org.importId, org.teamId, org.momentId, comments, ids ?? comments.map(() => null)],
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

const LINKS: Record<Side, { table: string; response: string }> = {
  Customer: { table: `"CustomerResponseTheme"`, response: `"CustomerResponse"` },
  Employee: { table: `"EmployeeResponseTheme"`, response: `"EmployeeResponse"` },
};

/** The link tables' answer and theme foreign keys as migration theme_matching_speed left them. */
async function addForeignKeys(client: pg.Client, side: Side) {
  const { table, response } = LINKS[side];
  await client.query(
    `ALTER TABLE ${table} ADD CONSTRAINT bench_response_fkey FOREIGN KEY ("responseId") REFERENCES ${response}(id) ON DELETE CASCADE ON UPDATE CASCADE NOT VALID`,
  );
  await client.query(
    `ALTER TABLE ${table} ADD CONSTRAINT bench_theme_fkey FOREIGN KEY ("themeId") REFERENCES "Theme"(id) ON DELETE CASCADE ON UPDATE CASCADE NOT VALID`,
  );
}

async function dropForeignKeys(client: pg.Client, side: Side) {
  const { table } = LINKS[side];
  await client.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS bench_response_fkey, DROP CONSTRAINT IF EXISTS bench_theme_fkey`);
}

/** Switches the theme matching of a side's table to one path (outside the timed insert). */
async function switchTo(client: pg.Client, side: Side, path: Path) {
  const table = `"${side}Response"`;
  await client.query(`ALTER TABLE ${table} ${path === "floor" ? "DISABLE" : "ENABLE"} TRIGGER "${side}Response_themes_insert"`);
  await dropForeignKeys(client, side);
  if (path === "before") await addForeignKeys(client, side);
}

const PATHS: Path[] = ["floor", "before", "after"];
const LABELS: Record<Path, string> = {
  floor: "no matching (floor)",
  before: "before: migration theme_matching_speed (answer and theme foreign keys)",
  after: "after: migration theme_links_delete_triggers (no foreign key, delete triggers)",
};

async function runSide(client: pg.Client, side: Side, orgs: Record<Path, Org>, total: number): Promise<Record<Path, number>> {
  const seconds: Record<Path, number> = { floor: 0, before: 0, after: 0 };
  let round = 0;
  for (let offset = 0; offset < total; offset += BATCH, round++) {
    const n = Math.min(BATCH, total - offset);
    for (let k = 0; k < PATHS.length; k++) {
      const path = PATHS[(round + k) % PATHS.length]!;
      await switchTo(client, side, path);
      seconds[path] += await insertBatch(client, side, orgs[path], offset, n);
    }
    if (round % 40 === 39) process.stdout.write(`  ${side.toLowerCase()}: ${offset + n} of ${total}\n`);
  }
  await switchTo(client, side, "after");
  return seconds;
}

/** Deletes `n` customer answers of an organisation with their links: through the foreign keys'
 * cascade (before, the delete trigger disabled) or the statement-level delete trigger (after). */
async function timeDelete(client: pg.Client, org: Org, path: "before" | "after", n: number): Promise<{ ms: number; links: number }> {
  const linkCount = async () =>
    (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CustomerResponseTheme" WHERE "organisationId" = $1`, [org.id]))
      .rows[0]!.n;
  const linksBefore = await linkCount();
  if (path === "before") {
    await addForeignKeys(client, "Customer");
    await client.query(`ALTER TABLE "CustomerResponse" DISABLE TRIGGER "CustomerResponse_themes_delete"`);
  }
  const started = performance.now();
  await client.query(
    `DELETE FROM "CustomerResponse" WHERE id IN (SELECT id FROM "CustomerResponse" WHERE "organisationId" = $1 ORDER BY id LIMIT $2)`,
    [org.id, n],
  );
  const ms = performance.now() - started;
  await client.query(`ALTER TABLE "CustomerResponse" ENABLE TRIGGER "CustomerResponse_themes_delete"`);
  await dropForeignKeys(client, "Customer");
  const orphans = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "CustomerResponseTheme" l WHERE l."organisationId" = $1 AND NOT EXISTS (SELECT 1 FROM "CustomerResponse" r WHERE r.id = l."responseId")`,
    [org.id],
  );
  if (orphans.rows[0]!.n !== 0) {
    console.error(`${path}: ${orphans.rows[0]!.n} links left without their answer`);
    process.exitCode = 1;
  }
  return { ms, links: linksBefore - (await linkCount()) };
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

runOnBenchDatabase(async (client, url) => {
  const orgs: Record<Path, Org> = {
    floor: await createOrg(url, "bench-floor", false),
    before: await createOrg(url, "bench-before", true),
    after: await createOrg(url, "bench-after", true),
  };
  console.log(
    `▸ ${CUSTOMERS} customer and ${EMPLOYEES} employee comments per path (floor, before, after), batches of ${BATCH}, customer ids ${RANDOM_IDS ? "random (v4)" : "time-ordered (v7, as imported)"}`,
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
    const floor = seconds.floor;
    const matching = (path: Path) => total / (seconds[path] - floor);
    for (const path of PATHS) {
      const own = seconds[path];
      const cells =
        path === "floor" ? ["", "", ""] : [(own - floor).toFixed(1), fmt(matching(path)), (matching(path) / matching("before")).toFixed(2)];
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

  const deleted = Math.min(50_000, CUSTOMERS);
  for (const path of ["before", "after"] as const) {
    const { ms, links } = await timeDelete(client, orgs[path], path, deleted);
    console.log(`Deleting ${fmt(deleted)} customer answers (${path}): ${fmt(ms)} ms, ${fmt(links)} links removed with them.`);
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
});
