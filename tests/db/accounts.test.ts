// Issue 12 §1 and §5 against real PostgreSQL: a fresh install's setup token, creating an
// organisation (CLI path), single-use links (setup, reset), the password policy at the data
// layer, sessions ended by a password change, and a reset email over real SMTP on loopback.
// Refusals write nothing.
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/db/accounts/change-password";
import { findAccountLink, setPasswordWithToken } from "@/lib/db/accounts/account-links";
import { requestPasswordReset } from "@/lib/db/accounts/request-password-reset";
import { updateOwnProfile } from "@/lib/db/accounts/update-profile";
import { db } from "@/tests/db/owner-db";
import { createOrganisation } from "@/lib/db/organisations/create-organisation";
import { hasOrganisation, issueInstanceSetupToken, setupFirstOrganisation } from "@/lib/db/organisations/instance-setup";
import { findActor } from "@/lib/db/users/find-actor";
import { verifyCredentials } from "@/lib/db/users/verify-credentials";
import { sendAccountEmail } from "@/lib/mail/account-emails";
import { startMailCapture, type SmtpCapture } from "../shared/smtp-capture";

const GOOD = "quatre chevaux dans un pré";
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const organisation = (slug: string, extra: Record<string, unknown> = {}) => ({
  name: `Maison ${slug}`,
  slug,
  adminEmail: `admin@${slug}.test`,
  adminName: "Camille Admin",
  ...extra,
});

/** Rows a refused call must leave as they were. */
async function counts() {
  const client = db();
  return {
    organisations: await client.organisation.count(),
    users: await client.user.count(),
    memberships: await client.membership.count(),
    tokens: await client.accountToken.count(),
    audit: await client.auditLog.count(),
  };
}

let smtp: SmtpCapture;
beforeAll(async () => {
  smtp = await startMailCapture("https://symetrie.example.test");
});
afterAll(async () => smtp.close());

// First, while the database holds no organisation (this file's database is its own).
describe("the setup page of a fresh install", () => {
  it("takes only the token printed at start, creates the organisation once, then is gone", async () => {
    expect(await hasOrganisation()).toBe(false);
    const first = await issueInstanceSetupToken();
    const token = await issueInstanceSetupToken(); // a restart replaces it
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db().instanceSetupToken.findUniqueOrThrow({ where: { id: 1 } });
    expect(stored.tokenHash).toBe(sha256(token!)); // only the hash is kept
    const before = await counts();
    expect(await setupFirstOrganisation(first!, organisation("first"))).toEqual({ ok: false, refused: "token" });
    expect(await setupFirstOrganisation("garbage", organisation("first"))).toEqual({ ok: false, refused: "token" });
    const invalid = await setupFirstOrganisation(token!, organisation("First Org!", { adminEmail: "not-an-address" }));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String), adminEmail: "must be an email address" } });
    expect(await counts()).toEqual(before);

    // Two tabs post the right token at once: one organisation.
    const results = await Promise.all([
      setupFirstOrganisation(token!, organisation("first")),
      setupFirstOrganisation(token!, organisation("second")),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, refused: "done" }]);
    expect(await db().organisation.count()).toBe(1);
    expect(await db().instanceSetupToken.count()).toBe(0);
    expect(await issueInstanceSetupToken()).toBeNull();
    expect(await setupFirstOrganisation(token!, organisation("third"))).toEqual({ ok: false, refused: "done" });
  });
});

describe("creating an organisation (npm run org -- create)", () => {
  it("creates it with its catalogues, its ADMIN and a setup link stored as a hash, audited", async () => {
    const result = await createOrganisation(organisation("lumiere", { name: "  Maison Lumière ", slug: "Lumiere" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const org = await db().organisation.findUniqueOrThrow({ where: { id: result.organisationId } });
    expect(org).toMatchObject({ name: "Maison Lumière", slug: "lumiere", defaultLocale: "fr" });
    expect(await db().mirroredItem.count({ where: { organisationId: org.id } })).toBeGreaterThan(0);
    expect(await db().momentOfTruth.count({ where: { organisationId: org.id } })).toBeGreaterThan(0);
    const membership = await db().membership.findFirstOrThrow({ where: { organisationId: org.id }, include: { user: true } });
    expect(membership).toMatchObject({ role: "ADMIN", active: true, user: { email: "admin@lumiere.test", passwordHash: null } });
    const token = await db().accountToken.findFirstOrThrow({ where: { organisationId: org.id } });
    expect(token).toMatchObject({ purpose: "SETUP", tokenHash: sha256(result.setupToken), usedAt: null });
    expect(token.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(await db().auditLog.count({ where: { organisationId: org.id, action: "organisation.create" } })).toBe(1);
    expect(await findAccountLink(result.setupToken)).toMatchObject({ state: "open", purpose: "SETUP", organisationName: "Maison Lumière" });
  });

  it("refuses bad input and a slug taken, naming the field, and writes nothing", async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [organisation("x", { name: "" }), "name"],
      [organisation("-bad-"), "slug"],
      [organisation("a".repeat(49)), "slug"],
      [organisation("ok-slug", { adminEmail: "nobody" }), "adminEmail"],
      [organisation("ok-slug", { locale: "de" }), "locale"],
      [organisation("ok-slug", { extra: true }), "extra"],
      [organisation("lumiere"), "slug"],
    ];
    for (const [input, field] of cases) {
      const result = await createOrganisation(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toContain(field);
    }
    expect(await createOrganisation(null)).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
  });
});

describe("single-use links and passwords", () => {
  it("a setup link sets a password once; weak passwords are refused with nothing written", async () => {
    const result = await createOrganisation(organisation("links"));
    if (!result.ok) throw new Error("fixture");
    const before = await counts();
    for (const [password, problem] of [
      ["short", "tooShort"],
      ["passwordpassword", "common"],
      ["admin@links.test!!", "personal"],
      ["x".repeat(73), "tooLong"],
    ] as const)
      expect(await setPasswordWithToken(result.setupToken, password)).toEqual({ ok: false, password: problem });
    expect(await counts()).toEqual(before);
    expect(await db().user.findUniqueOrThrow({ where: { id: result.adminUserId } })).toMatchObject({
      passwordHash: null,
      sessionVersion: 0,
    });

    // Two posts of the same link at once: one sets the password.
    const both = await Promise.all([setPasswordWithToken(result.setupToken, GOOD), setPasswordWithToken(result.setupToken, `${GOOD} !`)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await verifyCredentials("admin@links.test", GOOD)
        .then(Boolean)
        .catch(() => false),
    ) // whichever won
      .toBe(both[0]!.ok);
    expect(await setPasswordWithToken(result.setupToken, GOOD)).toEqual({ ok: false, link: "used" });
    expect(await findAccountLink(result.setupToken)).toEqual({ state: "used" });
    expect(await findAccountLink("x".repeat(43))).toEqual({ state: "unknown" });
    expect(await findAccountLink("../../etc/passwd")).toEqual({ state: "unknown" });
    expect(await db().auditLog.count({ where: { organisationId: result.organisationId, action: "account.password.setup" } })).toBe(1);
  });

  it("an expired link opens nothing, and neither does a deactivated person's", async () => {
    const result = await createOrganisation(organisation("expired"));
    if (!result.ok) throw new Error("fixture");
    await db().accountToken.updateMany({
      where: { organisationId: result.organisationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findAccountLink(result.setupToken)).toEqual({ state: "expired" });
    expect(await setPasswordWithToken(result.setupToken, GOOD)).toEqual({ ok: false, link: "expired" });
    const other = await createOrganisation(organisation("inactive"));
    if (!other.ok) throw new Error("fixture");
    await db().membership.update({ where: { id: other.adminMembershipId }, data: { active: false } });
    expect(await setPasswordWithToken(other.setupToken, GOOD)).toEqual({ ok: false, link: "unknown" });
    expect(await db().user.findUniqueOrThrow({ where: { id: other.adminUserId } })).toMatchObject({ passwordHash: null });
  });

  it("a reset link: the same null for unknown and inactive addresses, one live link at a time, sessions ended", async () => {
    const result = await createOrganisation(organisation("reset"));
    if (!result.ok) throw new Error("fixture");
    expect((await setPasswordWithToken(result.setupToken, GOOD)).ok).toBe(true);
    const signedIn = await verifyCredentials("admin@reset.test", GOOD);
    expect(await findActor(result.adminUserId, signedIn!.sessionVersion)).not.toBeNull();

    const before = await counts();
    expect(await requestPasswordReset("nobody@reset.test")).toBeNull();
    expect(await counts()).toEqual(before);
    const first = await requestPasswordReset(" Admin@Reset.test ");
    const second = await requestPasswordReset("admin@reset.test");
    expect(second).toMatchObject({ email: "admin@reset.test", organisationName: "Maison reset", locale: "fr" });
    expect(await findAccountLink(first!.token)).toEqual({ state: "expired" }); // voided by the second
    expect(await setPasswordWithToken(second!.token, "un tout autre mot de passe")).toMatchObject({ ok: true, purpose: "PASSWORD_RESET" });
    // The session signed before the reset has ended; a new sign-in works with the new password only.
    expect(await findActor(result.adminUserId, signedIn!.sessionVersion)).toBeNull();
    expect(await verifyCredentials("admin@reset.test", GOOD)).toBeNull();
    const again = await verifyCredentials("admin@reset.test", "un tout autre mot de passe");
    expect(await findActor(result.adminUserId, again!.sessionVersion)).not.toBeNull();

    await db().membership.update({ where: { id: result.adminMembershipId }, data: { active: false } });
    expect(await requestPasswordReset("admin@reset.test")).toBeNull();
  });

  it("the reset email goes over SMTP with the link, and a refusal is logged without the address or token", async () => {
    const result = await createOrganisation(organisation("mailed", { locale: "en" }));
    if (!result.ok) throw new Error("fixture");
    await setPasswordWithToken(result.setupToken, GOOD);
    const mail = (await requestPasswordReset("admin@mailed.test"))!;
    const input = {
      purpose: "PASSWORD_RESET" as const,
      locale: mail.locale,
      organisationName: mail.organisationName,
      expiresAt: mail.expiresAt,
    };
    expect(await sendAccountEmail(mail.email, mail.token, input)).toBe("sent");
    const received = smtp.received.at(-1)!;
    expect(received.to).toEqual(["admin@mailed.test"]);
    expect(received.parsed.subject).toBe("Symétrie: your link to change your password");
    expect(received.parsed.text).toContain(`https://symetrie.example.test/en/password/${mail.token}`);
    smtp.rejecting = true;
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(" "));
    try {
      expect(await sendAccountEmail(mail.email, mail.token, input)).toBe("failed");
    } finally {
      console.error = original;
      smtp.rejecting = false;
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toContain("admin@mailed.test");
    expect(logged[0]).not.toContain(mail.token);
  });
});

describe("one's own account", () => {
  it("changing the password needs the current one, applies the policy, ends every session", async () => {
    const result = await createOrganisation(organisation("change"));
    if (!result.ok) throw new Error("fixture");
    await setPasswordWithToken(result.setupToken, GOOD);
    const session = await verifyCredentials("admin@change.test", GOOD);
    const actor = (await findActor(result.adminUserId, session!.sessionVersion))!;
    const hashBefore = (await db().user.findUniqueOrThrow({ where: { id: actor.userId } })).passwordHash;
    expect(await changePassword(actor, "not it", "un nouveau mot de passe")).toEqual({ ok: false, problem: "currentWrong" });
    expect(await changePassword(actor, GOOD, "motdepasse")).toEqual({ ok: false, problem: "tooShort" });
    expect((await db().user.findUniqueOrThrow({ where: { id: actor.userId } })).passwordHash).toBe(hashBefore);
    expect(await changePassword(actor, GOOD, "un nouveau mot de passe")).toEqual({ ok: true });
    expect(await findActor(actor.userId, session!.sessionVersion)).toBeNull();
    const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(await bcrypt.compare("un nouveau mot de passe", user.passwordHash!)).toBe(true);
    expect(await db().auditLog.count({ where: { organisationId: actor.organisationId, action: "account.password.change" } })).toBe(1);
  });

  it("edits one's own name and language; bad input writes nothing", async () => {
    const result = await createOrganisation(organisation("profile"));
    if (!result.ok) throw new Error("fixture");
    const actor = (await findActor(result.adminUserId))!;
    const before = await counts();
    expect(await updateOwnProfile(actor, { name: " ", locale: "de" })).toEqual({ ok: false, fields: ["name", "locale"] });
    expect(await updateOwnProfile(actor, { name: "Camille", locale: "fr", role: "ADMIN" })).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
    expect(await updateOwnProfile(actor, { name: "Camille Durand", locale: "en" })).toEqual({ ok: true });
    expect(await db().user.findUniqueOrThrow({ where: { id: actor.userId } })).toMatchObject({ name: "Camille Durand", locale: "en" });
  });
});
