// Issue 17 §1 against real PostgreSQL and a real OpenID provider on loopback (oidc-provider): an
// ADMIN's settings are stored only once the issuer answers discovery (secret sealed, never in the
// audit), bad input and refusals store nothing; a verified identity becomes an active person of the
// organisation or is refused with its reason, audited; just-in-time creation; SSO-only refuses
// passwords except break-glass admins, for new and for existing sessions; an SSO session acts in
// the organisation that signed it.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.SSO_SECRET_KEY = randomBytes(32).toString("base64");
// The loopback provider speaks plain http: accepted only with this flag (off in production).
process.env.SSO_ALLOW_HTTP_LOOPBACK_ISSUER = "true";

import { attemptSignIn, SIGN_IN_ADDRESS } from "@/lib/auth/attempt-sign-in";
import { checkSsoKeyAtStartup } from "@/lib/auth/sso-startup";
import { getSsoSettings, removeSsoSettings, saveSsoSettings } from "@/lib/db/sso/sso-settings";
import { SsoSettingsRefusal } from "@/lib/sso/settings-schema";
import { completeSsoSignIn, ssoClientFor, ssoForEmail, storedSsoSecrets } from "@/lib/db/sso/sso-sign-in";
import { findActor } from "@/lib/db/users/find-actor";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { clientAddressKey, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import type { SsoIdentity } from "@/lib/sso/oidc";
import { db } from "@/tests/db/owner-db";
import { startLoopbackProvider, type LoopbackProvider } from "@/tests/support/oidc-provider";
import { createOrgFixture, type OrgFixture } from "./fixtures";

const PASSWORD = "un mot de passe correct";
let provider: LoopbackProvider;
let org: OrgFixture;
let other: OrgFixture;

const settings = (overrides: Record<string, unknown> = {}) => ({
  displayName: "Loopback IdP",
  issuer: provider.issuer,
  clientId: provider.clientId,
  clientSecret: provider.clientSecret,
  allowedDomains: "ssoa.test, filiale-ssoa.test",
  ssoOnly: "",
  breakGlassUserIds: [] as string[],
  jitEnabled: "",
  jitTeamId: "",
  ...overrides,
});

const identity = (email: string, extra: Partial<SsoIdentity> = {}): SsoIdentity => ({
  subject: `idp-${Buffer.from(email).toString("hex").slice(0, 12)}`,
  email,
  emailVerified: true,
  name: "Personne SSO",
  ...extra,
});

/** What a refused save must leave alone. */
const stored = async (organisationId: string) => ({
  sso: await db().organisationSso.findUnique({ where: { organisationId } }),
  audit: await db().auditLog.count({ where: { organisationId, action: { startsWith: "sso." } } }),
});

beforeAll(async () => {
  provider = await startLoopbackProvider({ redirectUris: ["http://127.0.0.1:3999/api/sso/callback"] });
  org = await createOrgFixture("ssoa", 0);
  other = await createOrgFixture("ssob", 0);
  await db().user.updateMany({ where: { email: { endsWith: ".test" } }, data: { passwordHash: await bcrypt.hash(PASSWORD, 4) } });
});

afterAll(() => provider.close());

describe("saving the settings", () => {
  it("refuses an issuer that does not answer discovery, and stores nothing", async () => {
    const before = await stored(org.organisationId);
    const refusal = await saveSsoSettings(org.actors.ADMIN, settings({ issuer: "http://127.0.0.1:1" })).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SsoSettingsRefusal);
    expect((refusal as SsoSettingsRefusal).reason).toBe("discovery");
    expect(await stored(org.organisationId)).toEqual(before);
    const plainHttp = await saveSsoSettings(org.actors.ADMIN, settings({ issuer: "http://idp.example.com" })).catch(
      (error: unknown) => error,
    );
    expect((plainHttp as SsoSettingsRefusal).reason).toBe("discovery");
    expect(await stored(org.organisationId)).toEqual(before);
  });

  it("refuses bad input (a domain that is none, SSO-only without a break-glass admin, JIT without a team) and non-admins", async () => {
    const before = await stored(org.organisationId);
    for (const bad of [
      settings({ allowedDomains: "not a domain" }),
      settings({ allowedDomains: "" }),
      settings({ displayName: "" }),
      settings({ issuer: "pas une url" }),
      settings({ ssoOnly: "on" }),
      settings({ jitEnabled: "on" }),
      settings({ breakGlassUserIds: ["nope"] }),
      { ...settings(), clientId: 42 },
      null,
    ]) {
      await expect(saveSsoSettings(org.actors.ADMIN, bad)).rejects.toBeInstanceOf(ExpectedError);
    }
    for (const role of ["HR", "CX", "MANAGER", "EMPLOYEE"] as const) {
      await expect(saveSsoSettings(org.actors[role], settings())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getSsoSettings(org.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
    }
    const notAdmin = await saveSsoSettings(org.actors.ADMIN, settings({ ssoOnly: "on", breakGlassUserIds: [org.actors.HR.userId] })).catch(
      (error: unknown) => error,
    );
    expect((notAdmin as SsoSettingsRefusal).reason).toBe("break-glass");
    const foreignTeam = await saveSsoSettings(org.actors.ADMIN, settings({ jitEnabled: "on", jitTeamId: other.teams.T1 })).catch(
      (error: unknown) => error,
    );
    expect((foreignTeam as SsoSettingsRefusal).reason).toBe("jit-team");
    expect(await stored(org.organisationId)).toEqual(before);
  });

  it("stores the settings once discovery succeeds: secret sealed, never in the audit nor in what the page reads", async () => {
    await saveSsoSettings(org.actors.ADMIN, settings());
    const row = await db().organisationSso.findUniqueOrThrow({ where: { organisationId: org.organisationId } });
    expect(row).toMatchObject({ issuer: provider.issuer, clientId: provider.clientId, allowedDomains: ["ssoa.test", "filiale-ssoa.test"] });
    expect(row.clientSecretSealed).not.toContain(provider.clientSecret);
    const audit = await db().auditLog.findFirstOrThrow({ where: { organisationId: org.organisationId, action: "sso.create" } });
    expect(JSON.stringify(audit.metadata)).not.toContain(provider.clientSecret);
    expect(audit.actorId).toBe(org.actors.ADMIN.membershipId);
    const page = await getSsoSettings(org.actors.ADMIN);
    expect(JSON.stringify(page)).not.toContain(provider.clientSecret);
    expect(JSON.stringify(page)).not.toContain(row.clientSecretSealed);
    expect(page.settings).toMatchObject({ displayName: "Loopback IdP", ssoOnly: false });
    // The callback's client: the secret opened again.
    expect(await ssoClientFor(org.organisationId)).toMatchObject({ clientSecret: provider.clientSecret, issuer: provider.issuer });
  });

  it("keeps the stored secret when the field is left empty, and audits the update", async () => {
    await saveSsoSettings(org.actors.ADMIN, settings({ clientSecret: "", displayName: "Loopback" }));
    expect(await ssoClientFor(org.organisationId)).toMatchObject({ clientSecret: provider.clientSecret, displayName: "Loopback" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { organisationId: org.organisationId, action: "sso.update" } });
    expect(audit.metadata).toMatchObject({ secretChanged: false, displayName: "Loopback" });
  });

  it("refuses a domain another organisation already signs in with (and a wrong secret at discovery is not a check: the token call is)", async () => {
    const before = await stored(other.organisationId);
    const taken = await saveSsoSettings(other.actors.ADMIN, settings({ allowedDomains: "ssob.test, ssoa.test" })).catch(
      (error: unknown) => error,
    );
    expect((taken as SsoSettingsRefusal).reason).toBe("domain-taken");
    expect((taken as SsoSettingsRefusal).detail).toBe("ssoa.test");
    expect(await stored(other.organisationId)).toEqual(before);
  });

  it("names the organisation of an email's domain, exactly (a subdomain is not its parent)", async () => {
    expect(await ssoForEmail("Jo@SSOA.test")).toMatchObject({ organisationId: org.organisationId, displayName: "Loopback" });
    expect(await ssoForEmail("jo@eu.ssoa.test")).toBeNull();
    expect(await ssoForEmail("jo@ssob.test")).toBeNull();
    expect(await ssoForEmail("pas une adresse")).toBeNull();
  });
});

describe("who a verified identity is", () => {
  it("an active person of the organisation, matched by email; the success audited without a token", async () => {
    const outcome = await completeSsoSignIn(org.organisationId, identity("employee@ssoa.test"));
    expect(outcome).toMatchObject({ status: "ok", created: false, membershipId: org.actors.EMPLOYEE.membershipId });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { organisationId: org.organisationId, action: "sso.signIn.success" },
      orderBy: { id: "desc" },
    });
    expect(audit.metadata).toMatchObject({ subject: identity("employee@ssoa.test").subject, emailDomain: "ssoa.test" });
  });

  it("refuses an unknown person, a deactivated one, an unverified email, a domain not allowed, another organisation's person; creates nobody", async () => {
    const users = await db().user.count();
    const members = await db().membership.count({ where: { organisationId: org.organisationId } });
    await db().membership.update({ where: { id: org.actors.CX.membershipId }, data: { active: false } });
    try {
      const cases: Array<[SsoIdentity, string]> = [
        [identity("nobody@ssoa.test"), "unknown"],
        [identity("cx@ssoa.test"), "deactivated"],
        [identity("employee@ssoa.test", { emailVerified: false }), "unverified"],
        [identity("employee@elsewhere.test"), "domain"],
        [identity("employee@ssob.test"), "domain"],
      ];
      for (const [who, reason] of cases) {
        expect(await completeSsoSignIn(org.organisationId, who)).toEqual({ status: "refused", reason });
      }
      // A person of organisation B is nobody in A, even with A's IdP asserting their address.
      expect(await completeSsoSignIn(other.organisationId, identity("employee@ssob.test"))).toEqual({
        status: "refused",
        reason: "no-sso",
      });
    } finally {
      await db().membership.update({ where: { id: org.actors.CX.membershipId }, data: { active: true } });
    }
    expect(await db().user.count()).toBe(users);
    expect(await db().membership.count({ where: { organisationId: org.organisationId } })).toBe(members);
    const refused = await db().auditLog.findMany({ where: { organisationId: org.organisationId, action: "sso.signIn.refused" } });
    expect(refused.map((row) => (row.metadata as { reason: string }).reason).sort()).toEqual(
      ["deactivated", "domain", "domain", "unknown", "unverified"].sort(),
    );
    expect(JSON.stringify(refused.map((row) => row.metadata))).not.toContain("nobody@");
  });

  it("just in time, when turned on: a new EMPLOYEE in the chosen team, audited; off again, nobody more", async () => {
    await saveSsoSettings(org.actors.ADMIN, settings({ clientSecret: "", jitEnabled: "on", jitTeamId: org.teams.T2 }));
    const outcome = await completeSsoSignIn(org.organisationId, identity("nouvelle@ssoa.test", { name: "Nouvelle Venue" }));
    expect(outcome).toMatchObject({ status: "ok", created: true });
    const created = await db().membership.findFirstOrThrow({
      where: { organisationId: org.organisationId, user: { email: "nouvelle@ssoa.test" } },
      include: { user: true },
    });
    expect(created).toMatchObject({
      role: "EMPLOYEE",
      teamId: org.teams.T2,
      active: true,
      user: { name: "Nouvelle Venue", passwordHash: null },
    });
    expect(
      await db().auditLog.count({ where: { organisationId: org.organisationId, action: "person.create", targetId: created.id } }),
    ).toBe(1);
    // A second sign-in finds the same person.
    expect(await completeSsoSignIn(org.organisationId, identity("nouvelle@ssoa.test"))).toMatchObject({
      created: false,
      membershipId: created.id,
    });
    await saveSsoSettings(org.actors.ADMIN, settings({ clientSecret: "" }));
    expect(await completeSsoSignIn(org.organisationId, identity("autre@ssoa.test"))).toEqual({ status: "refused", reason: "unknown" });
  });
});

describe("SSO only and sessions", () => {
  const attempt = (email: string) =>
    attemptSignIn({
      email,
      password: PASSWORD,
      addressKey: clientAddressKey(
        new Headers({ [PEER_ADDRESS_HEADER]: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` }),
        SIGN_IN_ADDRESS,
      ),
    });

  it("refuses passwords to everyone but the break-glass admins, for new sign-ins and for sessions already open", async () => {
    expect(await attempt("hr@ssoa.test")).toMatchObject({ status: "ok" });
    const hrSession = await findActor(org.actors.HR.userId, 0);
    expect(hrSession?.organisationId).toBe(org.organisationId);
    await saveSsoSettings(org.actors.ADMIN, settings({ clientSecret: "", ssoOnly: "on", breakGlassUserIds: [org.actors.ADMIN.userId] }));
    expect(await attempt("hr@ssoa.test")).toEqual({ status: "sso-required" });
    expect(await attempt("admin@ssoa.test")).toMatchObject({ status: "ok" });
    // A wrong password stays "invalid": SSO-only says nothing before the password is right.
    expect(await attemptSignIn({ email: "hr@ssoa.test", password: "faux", addressKey: "k" })).toEqual({ status: "invalid" });
    // The password session opened before is over; the break-glass admin's is not; an SSO session is.
    expect(await findActor(org.actors.HR.userId, 0)).toBeNull();
    expect(await findActor(org.actors.ADMIN.userId, 0)).not.toBeNull();
    expect(await findActor(org.actors.HR.userId, 0, org.organisationId)).toMatchObject({ role: "HR", organisationId: org.organisationId });
    // Another organisation's people keep their passwords.
    expect(await attempt("hr@ssob.test")).toMatchObject({ status: "ok" });
    await removeSsoSettings(org.actors.ADMIN);
    expect(await attempt("hr@ssoa.test")).toMatchObject({ status: "ok" });
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId, action: "sso.delete" } })).toBe(1);
  });

  it("an SSO session acts in the organisation that signed it, not in the person's other ones", async () => {
    // The EMPLOYEE of A also joins B (later): a password session acts in A (the oldest), an SSO session of B in B.
    await db().membership.create({
      data: { organisationId: other.organisationId, userId: org.actors.EMPLOYEE.userId, role: "HR", teamId: other.teams.D },
    });
    expect((await findActor(org.actors.EMPLOYEE.userId, 0))?.organisationId).toBe(org.organisationId);
    expect(await findActor(org.actors.EMPLOYEE.userId, 0, other.organisationId)).toMatchObject({
      organisationId: other.organisationId,
      role: "HR",
    });
    // An SSO session of an organisation the person left (or never joined) opens nothing.
    expect(await findActor(org.actors.HR.userId, 0, other.organisationId)).toBeNull();
  });
});

describe("the key at startup", () => {
  it("refuses to start without SSO_SECRET_KEY while a client secret is stored, not otherwise", async () => {
    await saveSsoSettings(org.actors.ADMIN, settings());
    const stored = await storedSsoSecrets();
    expect(stored).toBeGreaterThanOrEqual(1);
    const run = async (key: string | undefined, countSecrets: () => Promise<number>) => {
      const failures: string[] = [];
      const warnings: string[] = [];
      await checkSsoKeyAtStartup({
        key,
        countSecrets,
        fail: (message) => failures.push(message),
        warn: (message) => warnings.push(message),
      });
      return { failures, warnings };
    };
    expect((await run(undefined, storedSsoSecrets)).failures[0]).toMatch(/SSO_SECRET_KEY is not set/);
    expect(await run(process.env.SSO_SECRET_KEY, storedSsoSecrets)).toEqual({ failures: [], warnings: [] });
    expect(await run(undefined, async () => 0)).toEqual({ failures: [], warnings: [] });
    const down = await run(undefined, () => Promise.reject(new Error("database down")));
    expect(down.failures).toEqual([]);
    expect(down.warnings[0]).toMatch(/database down/);
  });
});
