// The database side of a single sign-on (issue 17 §1, docs/sso.md): which organisation an email's
// domain signs in with (the sign-in page's question, signed out, hence the system context), the
// organisation's client for the callback, and who the provider's verified identity is here — an
// active person of that organisation, matched by email; a new EMPLOYEE when just-in-time creation
// is on. Every outcome of a callback is audited in the organisation (never a token, never the email
// of someone unknown: its domain only).
import type { VerifiedUser } from "@/lib/db/users/verify-credentials";
import { env } from "@/lib/env";
import { domainAllowed, emailDomain } from "@/lib/sso/email-domain";
import type { SsoClient, SsoIdentity } from "@/lib/sso/oidc";
import { openSecret, ssoKey } from "@/lib/sso/secret-box";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { asSystem, withOrganisation } from "../tenant-context";

export interface SsoForEmail {
  organisationId: string;
  displayName: string;
  ssoOnly: boolean;
}

/** The organisation whose SSO covers the email's domain, or null (none, or a domain claimed twice). */
export async function ssoForEmail(email: string): Promise<SsoForEmail | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  const rows = await asSystem(() =>
    db().organisationSso.findMany({
      where: { allowedDomains: { has: domain } },
      select: { organisationId: true, displayName: true, ssoOnly: true },
      take: 2,
    }),
  );
  return rows.length === 1 ? rows[0]! : null;
}

export interface OrganisationSsoClient extends SsoClient {
  organisationId: string;
  displayName: string;
  /** Changes with every save: keys the discovery cache (lib/sso/discovery-cache.ts). */
  version: string;
}

/** The organisation's client with its secret opened; null when it has no SSO. Throws SsoKeyError without the key. */
export async function ssoClientFor(organisationId: string): Promise<OrganisationSsoClient | null> {
  return withOrganisation(organisationId, async () => {
    const row = await db().organisationSso.findUnique({ where: { organisationId } });
    if (!row) return null;
    const clientSecret = openSecret(ssoKey(env().SSO_SECRET_KEY), organisationId, row.clientSecretSealed);
    return {
      organisationId,
      displayName: row.displayName,
      issuer: row.issuer,
      clientId: row.clientId,
      clientSecret,
      version: row.updatedAt.toISOString(),
    };
  });
}

export type SsoPersonOutcome =
  | { status: "ok"; user: VerifiedUser; membershipId: string; created: boolean }
  | { status: "refused"; reason: "no-sso" | "unverified" | "domain" | "unknown" | "deactivated" };

type Tx = Prisma.TransactionClient;

async function auditSignIn(tx: Tx, organisationId: string, outcome: SsoPersonOutcome, identity: SsoIdentity): Promise<void> {
  const ok = outcome.status === "ok";
  await tx.auditLog.create({
    data: {
      organisationId,
      actorId: ok ? outcome.membershipId : null,
      action: ok ? "sso.signIn.success" : "sso.signIn.refused",
      targetType: "Membership",
      targetId: ok ? outcome.membershipId : null,
      metadata: {
        ...(ok ? { created: outcome.created } : { reason: outcome.reason }),
        subject: identity.subject.slice(0, 200),
        emailDomain: emailDomain(identity.email) ?? "",
      },
    },
  });
}

async function resolve(tx: Tx, organisationId: string, identity: SsoIdentity): Promise<SsoPersonOutcome> {
  const sso = await tx.organisationSso.findUnique({
    where: { organisationId },
    select: { allowedDomains: true, jitEnabled: true, jitTeamId: true, jitTeam: { select: { archivedAt: true } } },
  });
  if (!sso) return { status: "refused", reason: "no-sso" };
  if (!identity.emailVerified) return { status: "refused", reason: "unverified" };
  if (!domainAllowed(identity.email, sso.allowedDomains)) return { status: "refused", reason: "domain" };
  const userSelect = { id: true, email: true, name: true, sessionVersion: true } as const;
  const membership = await tx.membership.findFirst({
    where: { organisationId, user: { email: identity.email } },
    select: { id: true, active: true, user: { select: userSelect } },
  });
  if (membership && !membership.active) return { status: "refused", reason: "deactivated" };
  if (membership) return { status: "ok", user: membership.user, membershipId: membership.id, created: false };
  if (!sso.jitEnabled || !sso.jitTeamId || sso.jitTeam?.archivedAt) return { status: "refused", reason: "unknown" };
  // Just in time: one identity per address across organisations (as people are added by hand).
  const name = identity.name?.trim() || identity.email.slice(0, identity.email.indexOf("@"));
  const user = await tx.user.upsert({
    where: { email: identity.email },
    create: { email: identity.email, name },
    update: {},
    select: userSelect,
  });
  const created = await tx.membership.create({
    data: { organisationId, userId: user.id, role: "EMPLOYEE", teamId: sso.jitTeamId },
    select: { id: true },
  });
  await tx.auditLog.create({
    data: {
      organisationId,
      actorId: null,
      action: "person.create",
      targetType: "Membership",
      targetId: created.id,
      metadata: { email: identity.email, role: "EMPLOYEE", teamId: sso.jitTeamId, via: "sso" },
    },
  });
  return { status: "ok", user, membershipId: created.id, created: true };
}

/** Who the provider's verified identity is in the organisation; the outcome is audited with it. */
export async function completeSsoSignIn(organisationId: string, identity: SsoIdentity): Promise<SsoPersonOutcome> {
  return withOrganisation(organisationId, () =>
    db().$transaction(async (tx) => {
      const outcome = await resolve(tx, organisationId, identity);
      await auditSignIn(tx, organisationId, outcome, identity);
      return outcome;
    }),
  );
}

/** An audit row for a callback refused before any identity was known (the provider's error, a bad token). */
export async function recordSsoFailure(organisationId: string, reason: string, detail: string): Promise<void> {
  await withOrganisation(organisationId, () =>
    db().auditLog.create({
      data: {
        organisationId,
        actorId: null,
        action: "sso.signIn.refused",
        targetType: "OrganisationSso",
        targetId: organisationId,
        metadata: { reason, detail: detail.slice(0, 300) },
      },
    }),
  );
}

/** Stored client secrets: the server refuses to start without SSO_SECRET_KEY while there is one. */
export async function storedSsoSecrets(): Promise<number> {
  return asSystem(() => db().organisationSso.count());
}
