// `npm run scim-token -- list <slug>` and `revoke <slug> <prefix-or-id>` (docs/scim.md): the data
// layer they call (an organisation's tokens without their secrets; a revocation by id or by the
// listed prefix, audited once like Settings', refused for another organisation's token or a prefix
// two tokens share), then the command itself run as an operator runs it.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticateScimToken } from "@/lib/db/scim-tokens/authenticate-scim-token";
import { createScimTokenForOrganisation } from "@/lib/db/scim-tokens/create-scim-token";
import { listScimTokensForOrganisation } from "@/lib/db/scim-tokens/list-scim-tokens";
import { revokeScimTokenForOrganisation } from "@/lib/db/scim-tokens/revoke-scim-token";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { db } from "@/tests/db/owner-db";

const ROOT = path.resolve(__dirname, "../..");
const run = promisify(execFile);
let organisationId: string;

async function org(slug: string): Promise<string> {
  const created = await createOrganisation({ name: `Org ${slug}`, slug, adminEmail: `admin@${slug}.test`, adminName: "Admin Principal" });
  if (!created.ok) throw new Error("fixture");
  return created.organisationId;
}

const revocations = (targetId: string) => db().auditLog.findMany({ where: { action: "scimToken.revoke", targetId } });

/** The CLI as an operator runs it (`npm run scim-token -- …`), on this file's database. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  try {
    const { stdout, stderr } = await run(process.execPath, [tsx, "--tsconfig", "tsconfig.node.json", "scripts/scim-token.ts", ...args], {
      cwd: ROOT,
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  organisationId = await org("cli-a");
  await org("cli-b");
});

describe("system level (CLI)", () => {
  it("lists an organisation's tokens, active first, never their secrets", async () => {
    const old = await createScimTokenForOrganisation("cli-a", "old");
    const kept = await createScimTokenForOrganisation("cli-a", "kept");
    await createScimTokenForOrganisation("cli-b", "theirs");
    await revokeScimTokenForOrganisation("cli-a", old.id);
    const listed = await listScimTokensForOrganisation("cli-a");
    expect(listed.map((token) => [token.name, token.revokedAt === null])).toEqual([
      ["kept", true],
      ["old", false],
    ]);
    expect(listed[0]).toEqual({
      id: kept.id,
      name: "kept",
      prefix: kept.prefix,
      createdAt: kept.createdAt,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(kept.token.slice(13));
    await expect(listScimTokensForOrganisation("nowhere")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("revokes by id or by the listed prefix, audited once with no actor, and the token stops working", async () => {
    const byId = await createScimTokenForOrganisation("cli-a", "by id");
    const byPrefix = await createScimTokenForOrganisation("cli-a", "by prefix");
    const revoked = await revokeScimTokenForOrganisation("cli-a", byId.id);
    expect(revoked.id).toBe(byId.id);
    expect(await revokeScimTokenForOrganisation("cli-a", `${byPrefix.prefix}…`)).toMatchObject({ id: byPrefix.id });
    for (const token of [byId, byPrefix]) expect(await authenticateScimToken(token.token)).toBeNull();
    // Idempotent: the first date stays, no second audit row.
    expect(await revokeScimTokenForOrganisation("cli-a", byId.id)).toEqual(revoked);
    const rows = await revocations(byId.id);
    expect(rows.map((row) => [row.organisationId, row.actorId, row.targetType])).toEqual([[organisationId, null, "ScimToken"]]);
    expect(await revocations(byPrefix.id)).toHaveLength(1);
  });

  it("refuses another organisation's token, an unknown slug, garbage and a prefix two tokens share", async () => {
    const theirs = await createScimTokenForOrganisation("cli-b", "theirs");
    for (const named of [theirs.id, theirs.prefix]) {
      await expect(revokeScimTokenForOrganisation("cli-a", named)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(revokeScimTokenForOrganisation("nowhere", theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    for (const garbage of ["", "scim_", "not-a-uuid", theirs.token, "scim_%"]) {
      await expect(revokeScimTokenForOrganisation("cli-b", garbage)).rejects.toBeInstanceOf(NotFoundError);
    }
    const twin = await createScimTokenForOrganisation("cli-b", "twin");
    await db().scimToken.update({ where: { id: twin.id }, data: { prefix: theirs.prefix } });
    await expect(revokeScimTokenForOrganisation("cli-b", theirs.prefix)).rejects.toThrow(ExpectedError);
    await expect(revokeScimTokenForOrganisation("cli-b", theirs.prefix)).rejects.not.toBeInstanceOf(NotFoundError);
    expect(await authenticateScimToken(theirs.token)).not.toBeNull();
    expect(await authenticateScimToken(twin.token)).not.toBeNull();
  });

  it("the command: create, list, revoke <slug> <prefix>; a wrong command line gets the usage", async () => {
    const created = await cli("create", "--org", "cli-b", "--name", "from the shell");
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);
    const listed = await cli("list", "cli-b");
    expect(listed.code).toBe(0);
    const line = listed.stdout.split("\n").find((row) => row.endsWith("\tfrom the shell"))!;
    expect(line.split("\t").slice(0, 3)).toEqual([`${token.slice(0, 13)}…`, expect.any(String), "active"]);
    expect(listed.stdout).not.toContain(token.slice(13));
    const revoked = await cli("revoke", "cli-b", token.slice(0, 13));
    expect([revoked.code, revoked.stderr]).toEqual([0, expect.stringMatching(/\[scim-token\] revoked [0-9a-f-]{36} at /)]);
    expect(await authenticateScimToken(token)).toBeNull();
    expect((await cli("revoke", "cli-b")).code).toBe(2);
    expect((await cli("list")).code).toBe(2);
    const refused = await cli("revoke", "cli-a", token.slice(0, 13));
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining("[scim-token] failed: SCIM token not found")]);
  }, 120_000);
});
