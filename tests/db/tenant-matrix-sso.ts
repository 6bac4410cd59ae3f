// The tenant matrix's entries for single sign-on settings (issue 17 §1), spread into
// tenant-matrix-entries.ts: A's ADMIN reads, saves and removes A's settings only — B's row, its
// secret and its people never show nor change, and B's admins and teams cannot be named in A's.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { getSsoSettings, removeSsoSettings, saveSsoSettings } from "@/lib/db/sso/sso-settings";
import { SsoSettingsRefusal } from "@/lib/sso/settings-schema";
import { db } from "@/tests/db/owner-db";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

// Saving seals the client secret with the server's key.
process.env.SSO_SECRET_KEY ??= randomBytes(32).toString("base64");

/** B's single sign-on row, created once: what A's calls must never show nor change. */
async function bSso(w: TenantWorld) {
  return db().organisationSso.upsert({
    where: { organisationId: w.b.organisationId },
    create: {
      organisationId: w.b.organisationId,
      displayName: "Beta IdP",
      issuer: "https://idp.beta.test",
      clientId: "beta-client",
      clientSecretSealed: "v1.beta.sealed.secret",
      allowedDomains: ["beta-sso.test"],
      breakGlassUserIds: [w.b.actors.ADMIN.userId],
    },
    update: {},
  });
}

const settings = (overrides: Record<string, unknown> = {}) => ({
  displayName: "Alpha IdP",
  issuer: "https://idp.alpha.test",
  clientId: "alpha-client",
  clientSecret: "alpha-secret",
  allowedDomains: "alpha-sso.test",
  ...overrides,
});
/** Discovery is not what this matrix checks: the provider answers. */
const answers = async () => undefined;

export const ssoEntries: Record<string, Check> = {
  getSsoSettings: async (w) => {
    const theirs = await bSso(w);
    const page = await getSsoSettings(w.a.actors.ADMIN);
    expect(leaksOf(page, w.b)).toEqual([]);
    expect(JSON.stringify(page)).not.toContain(theirs.issuer);
    expect(JSON.stringify(page)).not.toContain(theirs.clientSecretSealed);
    expect(page.admins.map((admin) => admin.userId)).toEqual([w.a.actors.ADMIN.userId]);
  },
  saveSsoSettings: async (w) => {
    const theirs = await bSso(w);
    for (const foreign of [
      settings({ ssoOnly: "on", breakGlassUserIds: [w.b.actors.ADMIN.userId] }),
      settings({ jitEnabled: "on", jitTeamId: w.b.teams.T1 }),
      settings({ allowedDomains: "beta-sso.test" }),
    ]) {
      await expect(saveSsoSettings(w.a.actors.ADMIN, foreign, answers)).rejects.toBeInstanceOf(SsoSettingsRefusal);
    }
    await saveSsoSettings(w.a.actors.ADMIN, settings(), answers);
    expect(await db().organisationSso.findUnique({ where: { organisationId: w.b.organisationId } })).toEqual(theirs);
    expect(await db().organisationSso.count({ where: { organisationId: w.a.organisationId } })).toBe(1);
  },
  removeSsoSettings: async (w) => {
    const theirs = await bSso(w);
    await removeSsoSettings(w.a.actors.ADMIN);
    expect(await db().organisationSso.findUnique({ where: { organisationId: w.b.organisationId } })).toEqual(theirs);
    expect(await db().organisationSso.count({ where: { organisationId: w.a.organisationId } })).toBe(0);
  },
};
