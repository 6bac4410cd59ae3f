// API keys for e2e tests, minted and revoked through the real CLI (`npm run api-key`)
// against the e2e database, plus small pg helpers to check what was (not) stored.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(__dirname, "../../..");

function cli(args: string[]): string {
  const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  return execFileSync(process.execPath, [tsx, "--tsconfig", "tsconfig.node.json", "scripts/api-key.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A key with every scope unless told otherwise (issue 11 §5: scopes are chosen at creation). */
export function createKey(
  name = `e2e ${Date.now()}`,
  org = "demo",
  scopes = "contacts:write,responses:read,results:read,history:import,events:write",
): { key: string } {
  const stdout = cli(["create", "--org", org, "--name", name, "--scopes", scopes]);
  const key = stdout.trim();
  if (!/^sym_[A-Za-z0-9_-]{43}$/.test(key)) throw new Error(`the CLI printed no key: ${stdout}`);
  return { key };
}

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function revokeKey(key: string): Promise<void> {
  const [row] = await query<{ id: string }>(`SELECT id::text FROM "ApiKey" WHERE "keyHash" = sha256(convert_to($1, 'UTF8'))`, [key]);
  if (!row) throw new Error("key not found");
  cli(["revoke", "--org", "demo", "--id", row.id]);
}

export async function demoTeam(): Promise<{ id: string; externalId: string | null }> {
  const [row] = await query<{ id: string; externalId: string | null }>(
    `SELECT t.id::text, t."externalId" FROM "Team" t JOIN "Organisation" o ON o.id = t."organisationId" WHERE o.slug = 'demo' AND t.kind = 'TEAM' ORDER BY t.name LIMIT 1`,
  );
  if (!row) throw new Error("demo team missing");
  return row;
}

export async function contactsWithExternalId(externalId: string): Promise<number> {
  const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Contact" WHERE "externalId" = $1`, [externalId]);
  return row?.n ?? 0;
}
