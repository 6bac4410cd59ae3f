// Row-level security, the second wall (issue 16 §3, docs/security.md "Row-level security"): every
// tenant table admits only the organisation set on the connection, the application role can
// neither bypass nor alter that, and the data layer's context reaches each of its queries.
// The tables are read from prisma/schema.prisma, so a new tenant table without its policy fails by name.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db as appDb, pool as appPool } from "@/lib/db/client";
import { asSystem, withOrganisation } from "@/lib/db/tenant-context";
import { db } from "@/tests/db/owner-db";
import { createTenantWorld, type TenantWorld } from "./tenant-world";

const ROOT = path.resolve(__dirname, "../..");

/** Every model with an organisationId column, and the column row-level security filters on. */
function tenantTables(): Array<{ table: string; column: string }> {
  const schema = fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  expect(models.length).toBeGreaterThan(50);
  const tables = models
    .filter(([, , body]) => /^\s+organisationId\s/m.test(body!))
    .map(([, name]) => ({ table: name!, column: "organisationId" }));
  return [{ table: "Organisation", column: "id" }, ...tables];
}

/**
 * The places allowed to enter the system context, in which every organisation's rows are visible:
 * lookups that are cross-organisation by nature. A new call site fails here until it is listed
 * (and justified in docs/security.md "Row-level security").
 */
const SYSTEM_CALL_SITES: Record<string, number> = {
  "lib/db/accounts/account-links.ts": 2, // the link's token is the credential
  "lib/db/accounts/claim-monthly-reports.ts": 2, // worker: every organisation's due reports
  "lib/db/accounts/request-password-reset.ts": 1, // signed out, by the address typed
  "lib/db/api-keys/authenticate-api-key.ts": 1, // the key's hash is the credential
  "lib/db/api-keys/create-api-key.ts": 1, // operator CLI, by slug
  "lib/db/api-keys/revoke-api-key.ts": 1, // operator CLI, by slug
  "lib/db/api-keys/set-api-key-limit.ts": 1, // operator CLI, by slug
  "lib/db/contacts/claim-due-link-emails.ts": 1, // worker: every organisation's due emails
  "lib/db/employee-events/claim-event-invitations.ts": 3, // worker
  "lib/db/follow-ups/alerts.ts": 4, // worker
  "lib/db/organisations/create-organisation.ts": 1, // operator CLI: a new organisation
  "lib/db/per-minute-limit.ts": 1, // by the id of an API key or SCIM token just authenticated
  "lib/db/organisations/find-privacy-notice.ts": 1, // public notice, by slug
  "lib/db/organisations/instance-setup.ts": 3, // fresh install: whether any organisation exists
  "lib/db/pulses/claim-pulse-mails.ts": 3, // worker
  "lib/db/pulses/create-due-next-waves.ts": 1, // worker
  "lib/db/pulses/due-pulse-work.ts": 2, // worker
  "lib/db/rollup/refresh.ts": 1, // worker: lists organisations, refreshes each in its own
  "lib/db/rollup/release-employee-months.ts": 1, // worker: lists months, releases each in its organisation
  "lib/db/scim-tokens/authenticate-scim-token.ts": 1, // the SCIM token's hash is the credential
  "lib/db/scim-tokens/create-scim-token.ts": 1, // operator CLI, by slug
  "lib/db/scim-tokens/list-scim-tokens.ts": 1, // operator CLI, by slug
  "lib/db/scim-tokens/revoke-scim-token.ts": 1, // operator CLI, by slug
  "lib/db/sso/sso-settings.ts": 1, // an email domain is one organisation's only: the others' claims
  "lib/db/sso/sso-sign-in.ts": 2, // signed out, by the domain of the address typed; startup: any stored secret
  "lib/db/survey-links/find-survey-link.ts": 2, // the link's token is the credential
  "lib/db/survey-links/store-customer-response.ts": 1, // the link's token is the credential
  "lib/db/users/find-actor.ts": 2, // a signed-in user's memberships, every organisation
  "lib/db/users/record-sign-in.ts": 1, // signed out, by the address typed
  "lib/db/users/verify-credentials.ts": 1, // signed out, by the address typed
  "lib/db/webhook-deliveries/claim-due-deliveries.ts": 3, // worker
  "lib/db/wording/unsubscribe.ts": 2, // signed unsubscribe token
};

/** A plain connection as the application role, with nothing set. */
async function appClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
  await client.connect();
  return client;
}

describe("row-level security", () => {
  let world: TenantWorld;
  let raw: pg.Client;
  beforeAll(async () => {
    world = await createTenantWorld();
    raw = await appClient();
  }, 120_000);
  afterAll(async () => {
    await raw?.end();
  });

  it("every tenant table has row-level security enabled and forced, with its policy on the organisation", async () => {
    const rows = await db().$queryRawUnsafe<Array<{ table: string; enabled: boolean; forced: boolean; policy: string | null }>>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT pg_get_expr(p.polqual, p.polrelid) FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'organisation_rows') AS policy
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    const byName = new Map(rows.map((row) => [row.table, row]));
    const missing = tenantTables()
      .filter(({ table, column }) => {
        const row = byName.get(table);
        return (
          !row?.enabled ||
          !row.forced ||
          !new RegExp(`(^|[( ])"?${column}"? = `).test(row.policy ?? "") ||
          !(row.policy ?? "").includes("symetrie.organisation_id")
        );
      })
      .map(({ table }) => table);
    expect(missing, "ENABLE + FORCE ROW LEVEL SECURITY and the organisation_rows policy (see the row_level_security migration)").toEqual(
      [],
    );
  });

  it("a connection without the setting sees no row of any tenant table", async () => {
    let tablesWithRows = 0;
    for (const { table } of tenantTables()) {
      const [owner] = await db().$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "${table}"`);
      if (owner!.n > 0) tablesWithRows += 1;
      const { rows } = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      expect({ table, n: rows[0]!.n }).toEqual({ table, n: 0 });
    }
    // The world has rows in most tables: the zeros above are the policy's, not empty tables'.
    expect(tablesWithRows).toBeGreaterThan(20);
  });

  it("a connection set to one organisation sees only that organisation's rows", async () => {
    await raw.query("SELECT set_config('symetrie.organisation_id', $1, false)", [world.a.organisationId]);
    try {
      for (const { table, column } of tenantTables()) {
        const { rows } = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" <> $1`, [
          world.a.organisationId,
        ]);
        expect({ table, n: rows[0]!.n }).toEqual({ table, n: 0 });
      }
      const { rows } = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Team"`);
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await raw.query("SELECT set_config('symetrie.organisation_id', '', false)");
    }
  });

  it("the application role is neither superuser nor BYPASSRLS, owns nothing, and is what the data layer connects as", async () => {
    const { rows } = await raw.query(
      `SELECT current_user AS name, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      name: "symetrie_app",
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      owned: 0,
    });
    const layer = await appPool().query<{ name: string }>("SELECT current_user AS name");
    expect(layer.rows[0]!.name).toBe("symetrie_app");
    await expect(raw.query(`ALTER TABLE "Team" DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/must be owner/);
    await expect(raw.query(`DROP POLICY organisation_rows ON "Team"`)).rejects.toThrow(/must be owner/);
  });

  it("a write carrying another organisation's id is refused by the policy's check", async () => {
    const write = withOrganisation(world.a.organisationId, () =>
      appDb().team.create({ data: { organisationId: world.b.organisationId, name: "intruder", path: "/x/", depth: 0 } }),
    );
    await expect(write).rejects.toThrow(/row-level security/);
    const moved = await withOrganisation(world.a.organisationId, () =>
      appDb().team.updateMany({ where: { id: world.b.teams.T1 }, data: { name: "renamed" } }),
    );
    expect(moved.count).toBe(0);
    expect((await db().team.findUniqueOrThrow({ where: { id: world.b.teams.T1 } })).name).not.toBe("renamed");
  });

  it("two organisations' queries interleaved see each only their own rows (Prisma, raw SQL, transactions)", async () => {
    const orgs = [world.a, world.b];
    const rounds = Array.from({ length: 40 }, (_, i) => orgs[i % 2]!);
    const seen = await Promise.all(
      rounds.map((org, i) =>
        withOrganisation(org.organisationId, async () => {
          const other = org === world.a ? world.b : world.a;
          // findUnique calls of one tick are batched by Prisma unless lib/db/client.ts keeps them apart.
          const [own, foreign, teams, raw, inTx] = await Promise.all([
            appDb().organisation.findUnique({ where: { id: org.organisationId }, select: { id: true } }),
            appDb().organisation.findUnique({ where: { id: other.organisationId }, select: { id: true } }),
            appDb().team.findMany({ select: { organisationId: true } }),
            appPool().query<{ org: string }>(`SELECT DISTINCT "organisationId"::text AS org FROM "Team"`),
            i % 4 === 0
              ? appDb().$transaction(async (tx) =>
                  (await tx.team.findMany({ select: { organisationId: true } })).map((t) => t.organisationId),
                )
              : Promise.resolve([org.organisationId]),
          ]);
          return {
            own: own?.id === org.organisationId,
            foreign: foreign === null,
            teams: teams.length > 0 && teams.every((t) => t.organisationId === org.organisationId),
            raw: raw.rows.map((r) => r.org).join() === org.organisationId,
            inTx: inTx.every((id) => id === org.organisationId),
          };
        }),
      ),
    );
    expect(seen.filter((s) => !(s.own && s.foreign && s.teams && s.raw && s.inTx))).toEqual([]);
    const nothing = await appDb().team.findMany();
    expect(nothing, "outside any context the data layer sees nothing").toEqual([]);
    expect((await asSystem(() => appDb().organisation.findMany({ select: { id: true } }))).length).toBeGreaterThanOrEqual(2);
  });

  it("one context per process, however many copies of lib/db/tenant-context.ts a bundler makes", async () => {
    // Next bundles each route with its own copy of the module; the pool (one per process) reads
    // the store every copy writes. Found by the e2e tier: sign-in saw no account without it.
    vi.resetModules();
    const copy = await import("@/lib/db/tenant-context");
    expect(copy.withOrganisation).not.toBe(withOrganisation);
    const teams = await copy.withOrganisation(world.a.organisationId, () => appDb().team.findMany({ select: { organisationId: true } }));
    expect(teams.length).toBeGreaterThan(0);
  });

  it("the system context is entered only at the listed call sites", () => {
    const out = execFileSync("grep", ["-rc", "asSystem(", "lib", "app", "components", "scripts", "--include=*.ts", "--include=*.tsx"], {
      cwd: ROOT,
    })
      .toString()
      .trim()
      .split("\n")
      .map((line) => line.split(":") as [string, string])
      .filter(([file, count]) => count !== "0" && file !== "lib/db/tenant-context.ts");
    expect(Object.fromEntries(out.map(([file, count]) => [file, Number(count)]))).toEqual(SYSTEM_CALL_SITES);
  });
});
