// `npm run bench:directory`: the HR-system sync (issue 12 §4) at scale — 2 000 teams and 100 000
// people, synced through the API (PUT /api/v1/teams then /people, JSON parsed by the route) and
// from CSV (the upload page's server function), each into its own fresh organisation of one
// throwaway embedded PostgreSQL; then the same body again (nothing to change) and a re-sync with
// 1 % of the people changed. The floor, measured in the same run: a raw COPY of the same rows
// (teams, accounts, memberships) into a third organisation. Targets: ≤ 60 s each, ≥ 0.5 × the
// floor's throughput (sync time ≤ 2 × COPY time), 1 % re-sync ≤ 10 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { PUT as putPeople } from "@/app/api/v1/people/route";
import { PUT as putTeams } from "@/app/api/v1/teams/route";
import type { Actor } from "@/lib/auth/actor-types";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { pool } from "@/lib/db/client";
import { syncDirectoryCsv } from "@/lib/db/directory/sync-directory-csv";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { findActor } from "@/lib/db/users/find-actor";
import { startBenchDatabase } from "./harness";

const TEAMS = Number(process.env.BENCH_TEAMS ?? 2000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const DIRECTIONS = 20;
const SERVICES_PER_DIRECTION = 9;

type TeamRow = { externalId: string; name: string; parentExternalId: string | null };
type PersonRow = { externalId: string; email: string; givenName: string; familyName: string; teamExternalId: string; role: string };

const GIVEN = ["Camille", "Léa", "Hugo", "Chloé", "Théo", "Inès", "Louis", "Zoé", "Noé", "Anaïs", "Jérôme", "Hélène"];
const FAMILY = [
  "Martin",
  "Bernard",
  "Dubois",
  "Lefèvre",
  "Moreau",
  "Girard",
  "Roux",
  "Fournier",
  "Mercier",
  "Bonnet",
  "Faure",
  "Chevalier",
];

function teamRows(): TeamRow[] {
  const rows: TeamRow[] = [];
  for (let d = 0; d < DIRECTIONS; d++) rows.push({ externalId: `D${d}`, name: `Direction ${d}`, parentExternalId: null });
  const services = DIRECTIONS * SERVICES_PER_DIRECTION;
  for (let s = 0; s < services; s++) rows.push({ externalId: `S${s}`, name: `Service ${s}`, parentExternalId: `D${s % DIRECTIONS}` });
  for (let t = 0; rows.length < TEAMS; t++) rows.push({ externalId: `T${t}`, name: `Équipe ${t}`, parentExternalId: `S${t % services}` });
  return rows;
}

function peopleRows(teams: readonly TeamRow[], domain: string): PersonRow[] {
  const leaves = teams.filter((team) => team.externalId.startsWith("T"));
  return Array.from({ length: PEOPLE }, (_, i) => {
    const givenName = GIVEN[i % GIVEN.length]!;
    const familyName = FAMILY[(i * 7) % FAMILY.length]!;
    return {
      externalId: `E${i}`,
      email: `${givenName.toLowerCase()}.${familyName.toLowerCase()}.${i}@${domain}`.normalize("NFD").replace(/\p{M}/gu, ""),
      givenName,
      familyName,
      teamExternalId: leaves[i % leaves.length]!.externalId,
      role: i % 40 === 0 ? "MANAGER" : "EMPLOYEE",
    };
  });
}

const csv = (header: string[], rows: ReadonlyArray<Record<string, string | null>>, keys: string[]) =>
  `\uFEFF${header.join(";")}\n${rows.map((row) => keys.map((key) => row[key] ?? "").join(";")).join("\n")}\n`;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

async function organisation(slug: string): Promise<{ id: string; admin: Actor }> {
  const created = await createOrganisation({ name: `Bench ${slug}`, slug, adminEmail: `admin@${slug}.test`, adminName: "Admin" });
  if (!created.ok) throw new Error(`cannot create ${slug}`);
  const { rows } = await pool().query<{ id: string }>(`SELECT id::text FROM "User" WHERE email = $1`, [`admin@${slug}.test`]);
  return { id: created.organisationId, admin: (await findActor(rows[0]!.id))! };
}

async function apiPut(handler: typeof putTeams, url: string, key: string, body: string) {
  const response = await handler(
    new Request(url, { method: "PUT", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body }),
  );
  const result = (await response.json()) as { counts?: Record<string, number>; errors?: unknown[] };
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(result).slice(0, 500)}`);
  return result.counts!;
}

/** The floor: the same teams, accounts and memberships COPYed from files into a third organisation. */
async function copyFloor(client: pg.Client, teams: readonly TeamRow[], people: readonly PersonRow[]): Promise<number> {
  const { id: organisationId } = await organisation("bench-copy");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "symetrie-bench-copy-"));
  fs.chmodSync(dir, 0o755);
  const ids = new Map(teams.map((team) => [team.externalId, crypto.randomUUID()]));
  const paths = new Map<string, string>();
  const pathOf = (team: TeamRow): string => {
    const known = paths.get(team.externalId);
    if (known) return known;
    const parent = team.parentExternalId ? teams.find((t) => t.externalId === team.parentExternalId)! : null;
    const value = `${parent ? pathOf(parent) : "/"}${ids.get(team.externalId)}/`;
    paths.set(team.externalId, value);
    return value;
  };
  const write = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    fs.chmodSync(file, 0o644);
    return file;
  };
  const teamFile = write(
    "teams.tsv",
    teams.map((team) => {
      const p = pathOf(team);
      const parent = team.parentExternalId ? ids.get(team.parentExternalId)! : "\\N";
      return [ids.get(team.externalId), organisationId, parent, team.name, "TEAM", p, p.split("/").length - 3, team.externalId].join("\t");
    }),
  );
  const userIds = people.map(() => crypto.randomUUID());
  const userFile = write(
    "users.tsv",
    people.map((person, i) => [userIds[i], `copy.${person.email}`, `${person.givenName} ${person.familyName}`].join("\t")),
  );
  const membershipFile = write(
    "memberships.tsv",
    people.map((person, i) =>
      [crypto.randomUUID(), organisationId, userIds[i], person.role, ids.get(person.teamExternalId), person.externalId].join("\t"),
    ),
  );
  try {
    const { ms } = await timed(async () => {
      await client.query("BEGIN");
      await client.query(`COPY "Team" (id, "organisationId", "parentId", name, kind, path, depth, "externalId") FROM '${teamFile}'`);
      await client.query(`COPY "User" (id, email, name) FROM '${userFile}'`);
      await client.query(`COPY "Membership" (id, "organisationId", "userId", role, "teamId", "externalId") FROM '${membershipFile}'`);
      await client.query("COMMIT");
    });
    return ms;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 1 % of the people changed: a third move team, a third are renamed, a third change role. */
function onePercentChanged(people: readonly PersonRow[], teams: readonly TeamRow[]): PersonRow[] {
  const leaves = teams.filter((team) => team.externalId.startsWith("T"));
  const step = 100;
  return people.map((person, i) => {
    if (i % step !== 0) return person;
    const kind = (i / step) % 3;
    if (kind === 0) return { ...person, teamExternalId: leaves[(i + 1) % leaves.length]!.externalId };
    if (kind === 1) return { ...person, familyName: `${person.familyName}-Durand` };
    return { ...person, role: person.role === "MANAGER" ? "EMPLOYEE" : "CX" };
  });
}

async function main() {
  const env = await startBenchDatabase();
  process.env.DATABASE_URL = env.database.url;
  const client = new pg.Client({ connectionString: env.database.url });
  try {
    await client.connect();
    const teams = teamRows();
    const apiPeople = peopleRows(teams, "api.bench.test");
    const csvPeople = peopleRows(teams, "csv.bench.test");
    console.log(`▸ ${teams.length} teams and ${PEOPLE} people, three organisations (API, CSV, COPY floor)…`);

    await organisation("bench-api");
    const key = (await createApiKeyForOrganisation("bench-api", "SIRH", ["directory:write"])).key;
    const teamsBody = JSON.stringify({ teams });
    const peopleBody = JSON.stringify({ people: apiPeople });
    const apiTeams = await timed(() => apiPut(putTeams, "http://localhost/api/v1/teams", key, teamsBody));
    const apiPeopleRun = await timed(() => apiPut(putPeople, "http://localhost/api/v1/people", key, peopleBody));
    console.log(`  API: teams ${JSON.stringify(apiTeams.value)}, people ${JSON.stringify(apiPeopleRun.value)}`);

    const csvOrg = await organisation("bench-csv");
    const teamsCsv = csv(["externalId", "name", "parentExternalId"], teams, ["externalId", "name", "parentExternalId"]);
    const peopleCsv = csv(["employeeId", "email", "givenName", "familyName", "teamExternalId", "role"], csvPeople, [
      "externalId",
      "email",
      "givenName",
      "familyName",
      "teamExternalId",
      "role",
    ]);
    const csvSync = async (file: "teams" | "people", text: string) => {
      const result = await syncDirectoryCsv(csvOrg.admin, file, text, { dryRun: false, mirror: false });
      if (!result.ok || !result.applied) throw new Error(`CSV ${file}: ${JSON.stringify(result).slice(0, 500)}`);
      return result.changes.map((change) => `${change.kind} ${change.count}`).join(", ");
    };
    const csvTeams = await timed(() => csvSync("teams", teamsCsv));
    const csvPeopleRun = await timed(() => csvSync("people", peopleCsv));
    console.log(
      `  CSV (${(Buffer.byteLength(peopleCsv) / 1_048_576).toFixed(1)} MB of people): teams ${csvTeams.value}; people ${csvPeopleRun.value}`,
    );

    const same = await timed(() => apiPut(putPeople, "http://localhost/api/v1/people", key, peopleBody));
    const changed = onePercentChanged(apiPeople, teams);
    const changedBody = JSON.stringify({ people: changed });
    const resync = await timed(() => apiPut(putPeople, "http://localhost/api/v1/people", key, changedBody));
    console.log(`  same body again: ${JSON.stringify(same.value)}; 1 % changed: ${JSON.stringify(resync.value)}`);

    await client.query("ANALYZE");
    const floorMs = await copyFloor(client, teams, apiPeople);

    const rows: Array<[string, number, number | null]> = [
      ["floor: COPY of teams, accounts and memberships", floorMs, null],
      ["API: PUT /teams + PUT /people (JSON parsed, planned, applied)", apiTeams.ms + apiPeopleRun.ms, 60_000],
      ["  of which PUT /teams", apiTeams.ms, null],
      ["CSV: teams file + people file (read, planned, applied)", csvTeams.ms + csvPeopleRun.ms, 60_000],
      ["  of which the people file", csvPeopleRun.ms, null],
      ["API: the same people again (nothing changes)", same.ms, null],
      ["API: re-sync with 1 % of the people changed", resync.ms, 10_000],
    ];
    console.log(`\ndirectory sync, ${teams.length} teams and ${PEOPLE} people`);
    console.log(`| step | ms | floor throughput ÷ this (≥ 0.5 aimed for full syncs) | target |\n|---|---:|---:|---|`);
    for (const [label, ms, target] of rows)
      console.log(
        `| ${label} | ${ms.toFixed(0)} | ${(floorMs / ms).toFixed(2)} | ${target === null ? "" : `≤ ${target / 1000} s: ${ms <= target ? "met" : "NOT met"}`} |`,
      );
    const ratio = Math.min(floorMs / (apiTeams.ms + apiPeopleRun.ms), floorMs / (csvTeams.ms + csvPeopleRun.ms));
    console.log(`throughput vs COPY (worst of API and CSV): ${ratio.toFixed(2)} × — target ≥ 0.5: ${ratio >= 0.5 ? "met" : "NOT met"}`);
  } finally {
    await client.end().catch(() => undefined);
    await pool()
      .end()
      .catch(() => undefined);
    await env.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
