// Seeds one scale organisation set-based through `pg` (2 000 teams in 4 levels, 1 M customer
// answers with their contacts, 100 k employee answers over 12 ended months by default; the
// scale knob multiplies both) plus an HR user.
import crypto from "node:crypto";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";

/** Teams per level, root first: 10 directions, 90 services, 300 teams, 1 600 leaf teams = 2 000. */
export const LEVELS = [10, 90, 300, 1600] as const;
export const SLUG = "bench-scale";

/** Answers to seed on each side: 1 M / 100 k unless the scale knob says otherwise. */
export interface BenchScale {
  customers: number;
  employees: number;
}

/**
 * `--customers N --employees N` on the command line, or `BENCH_SCALE=k` (k × the default):
 * `npm run bench:dashboard -- --customers 10000000 --employees 1000000` is the 10 M run.
 */
export function benchScale(argv: string[] = process.argv.slice(2), env = process.env): BenchScale {
  const factor = Number(env.BENCH_SCALE ?? "1");
  const flag = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    const value = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isInteger(value) || value < LEVELS[3]) throw new Error(`--${name}: a whole number of answers ≥ ${LEVELS[3]} expected`);
    return value;
  };
  return { customers: flag("customers", Math.round(1_000_000 * factor)), employees: flag("employees", Math.round(100_000 * factor)) };
}

/** Rows per customer INSERT statement: bounded so each statement's CTE stays in memory. */
const CUSTOMER_CHUNK = 500_000;

export interface ScaleOrganisation {
  organisationId: string;
  hrUserId: string;
  seedMs: number;
}

/**
 * Why such ids: sequential uuids ("…-<hex g>") keep the primary-key inserts at the right edge
 * of the btree (random v4 ids cost a lot more at 1 M rows); the prefix keeps kinds apart.
 */
const seqId = (prefix: string, g: string) => `('${prefix}0000000-0000-4000-8000-' || lpad(to_hex(${g}), 12, '0'))::uuid`;
/** Team j of level k: derived, so children can name their parent without a lookup table. */
const teamId = (k: number | string, j: string) => `md5($1::text || '-team-' || ${k} || '-' || ${j})::uuid`;
/**
 * A team's persistent "climate" in [-0.5, 0.5), shared by both sides so NPS and eNPS correlate
 * across teams (the product's thesis); noise is a 3-uniform sum, roughly normal with sd ≈ 1.
 */
const bias = (team: string) => `((abs(hashtext(${team}::text)) % 1000) / 1000.0 - 0.5)`;
const noise = `((random() + random() + random() - 1.5) * 2)`;
const score = (centre: number, team: string) => `least(10, greatest(0, round(${centre} + 3 * ${bias(team)} + 2.3 * ${noise})))::smallint`;

async function insertTeams(client: pg.Client, org: string): Promise<void> {
  const kinds = ["DIRECTION", "SERVICE", "TEAM", "TEAM"];
  await client.query(
    `INSERT INTO "Team" (id, "organisationId", name, kind, "externalId", path, depth)
     SELECT ${teamId(0, "j")}, $1::uuid, 'Direction ' || j, 'DIRECTION', 'D-' || j, '/' || ${teamId(0, "j")} || '/', 0
     FROM generate_series(0, ${LEVELS[0] - 1}) j`,
    [org],
  );
  // Level by level, children spread round-robin over the level above; path = parent's + own id.
  for (let k = 1; k < LEVELS.length; k++) {
    await client.query(
      `INSERT INTO "Team" (id, "organisationId", "parentId", name, kind, "externalId", path, depth)
       SELECT ${teamId(k, "j")}, $1::uuid, p.id, 'Team ${k}-' || j, '${kinds[k]}', 'T${k}-' || j, p.path || ${teamId(k, "j")} || '/', ${k}
       FROM generate_series(0, ${LEVELS[k]! - 1}) j JOIN "Team" p ON p.id = ${teamId(k - 1, `(j % ${LEVELS[k - 1]})`)}`,
      [org],
    );
  }
}

/** Customer answers g in [from, to]: contact and response in one statement (CTE), leaf teams only. */
async function insertCustomers(url: string, org: string, from: number, to: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `WITH mots AS (SELECT array_agg(id ORDER BY key) AS ids FROM "MomentOfTruth" WHERE "organisationId" = $1 AND side = 'CUSTOMER'),
       src AS (
         SELECT g, ${teamId(3, `(g % ${LEVELS[3]})`)} AS team, mots.ids[1 + g % cardinality(mots.ids)] AS mot,
                ((ARRAY['PHONE','EMAIL','CHAT','STORE','FIELD'])[1 + (g / 7) % 5])::"Channel" AS channel,
                now() - random() * interval '365 days' AS at
         FROM generate_series($2::int, $3::int) g, mots),
       c AS (
         INSERT INTO "Contact" (id, "organisationId", "teamId", "momentOfTruthId", channel, locale, "occurredAt", "tokenHash", "linkExpiresAt", "linkUsedAt")
         SELECT ${seqId("c", "g")}, $1::uuid, team, mot, channel, 'fr', at - interval '2 hours',
                sha256(convert_to(${seqId("c", "g")}::text, 'UTF8')), at + interval '30 days', at
         FROM src
         RETURNING id)
       INSERT INTO "CustomerResponse" (id, "organisationId", "contactId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, "submittedAt")
       SELECT ${seqId("a", "g")}, $1::uuid, ${seqId("c", "g")}, team, mot, channel, 'fr', ${seqId("b", "g")}, ${score(7.6, "team")}, at
       FROM src`,
      [org, from, to],
    );
  } finally {
    await client.end();
  }
}

/**
 * Twelve monthly pulses (the 12 months before the current one) and their answers, written as
 * released: EmployeeResponse rows and one EmployeeRespondent per answer, as the release leaves
 * them (the current month's live ballots would not reach the dashboard yet: docs/anonymity.md).
 */
async function insertEmployees(client: pg.Client, org: string, employees: number): Promise<void> {
  const month = (m: string) => `(date_trunc('month', now() AT TIME ZONE 'Europe/Paris')::date - (${m} + 1) * interval '1 month')::date`;
  await client.query(
    `INSERT INTO "Pulse" (id, "organisationId", "seriesId", name, "opensAt", "closesAt", cadence, "launchedAt")
     SELECT md5($1::text || '-pulse-' || m)::uuid, $1::uuid, md5($1::text || '-series')::uuid, 'Pulse ' || m,
            ${month("m")}, ${month("m")} + interval '14 days', 'MONTHLY', ${month("m")}
     FROM generate_series(0, 11) m`,
    [org],
  );
  // By default ≈ 5 answers per leaf team and month: 62 a year per team, so k = 5 suppresses some months.
  await client.query(
    `INSERT INTO "EmployeeResponse" (id, "organisationId", "pulseId", "teamId", period, score)
     SELECT ${seqId("e", "g")}, $1::uuid, md5($1::text || '-pulse-' || m)::uuid, team, ${month("m")}, ${score(7.0, "team")}
     FROM generate_series(1, ${employees}) g,
          LATERAL (SELECT (g / ${LEVELS[3]}) % 12 AS m, ${teamId(3, `(g % ${LEVELS[3]})`)} AS team) x`,
    [org],
  );
  // Each answer by its own person, as the answer path records them (the threshold counts people).
  await client.query(
    `INSERT INTO "EmployeeRespondent" ("organisationId", period, "teamId", "personId")
     SELECT "organisationId", period, "teamId", id FROM "EmployeeResponse" WHERE "organisationId" = $1::uuid`,
    [org],
  );
}

/** The whole seed, timed from the organisation row to ANALYZE (planner statistics included). */
export async function seedScaleOrganisation(url: string, scale: BenchScale): Promise<ScaleOrganisation> {
  const started = performance.now();
  const org = crypto.randomUUID();
  const hrUserId = crypto.randomUUID();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Organisation" (id, slug, name) VALUES ($1, $2, 'Scale SA')`, [org, SLUG]);
    const { db, pool } = createDb(url);
    await createDefaultCatalogues(db, org);
    await db.$disconnect();
    await pool.end();
    await insertTeams(client, org);
    // Two connections for the big insert (the machine has two cores), each taking the next
    // chunk of answer numbers; the employee side runs alongside on a third.
    const chunks: Array<[number, number]> = [];
    for (let from = 1; from <= scale.customers; from += CUSTOMER_CHUNK)
      chunks.push([from, Math.min(scale.customers, from + CUSTOMER_CHUNK - 1)]);
    const worker = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await insertCustomers(url, org, ...chunk);
    };
    await Promise.all([worker(), worker(), insertEmployees(client, org, scale.employees)]);
    await client.query(`INSERT INTO "User" (id, email, name) VALUES ($1, 'hr@bench.local', 'HR Bench')`, [hrUserId]);
    await client.query(`INSERT INTO "Membership" (id, "organisationId", "userId", role) VALUES (gen_random_uuid(), $1::uuid, $2, 'HR')`, [
      org,
      hrUserId,
    ]);
    await client.query(`ANALYZE`);
  } finally {
    await client.end();
  }
  return { organisationId: org, hrUserId, seedMs: performance.now() - started };
}
