// An organisation's OpenID Connect settings (issue 17 §1, docs/sso.md): read, save and remove by an
// ADMIN. Saving checks the whole configuration first — the server's SSO_SECRET_KEY, the break-glass
// admins, the team of just-in-time creation, email domains no other organisation claims, and the
// issuer's discovery with these credentials — and stores nothing when any check fails. The client
// secret is sealed with SSO_SECRET_KEY and never leaves the server again; every change is audited.
import type { Actor, Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { discover, SsoError, type SsoClient } from "@/lib/sso/oidc";
import { openSecret, sealSecret, ssoKey, SsoKeyError } from "@/lib/sso/secret-box";
import { SsoSettingsRefusal, ZSsoSettingsInput } from "@/lib/sso/settings-schema";
import { db } from "../client";
import { asSystem, withOrganisation } from "../tenant-context";

export interface SsoSettingsDto {
  displayName: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  ssoOnly: boolean;
  breakGlassUserIds: string[];
  jitEnabled: boolean;
  jitTeamId: string | null;
  updatedAt: string;
}

export interface SsoSettingsPage {
  settings: SsoSettingsDto | null;
  /** Whether the server can seal and open client secrets (SSO_SECRET_KEY set). */
  keyConfigured: boolean;
  /** The active ADMINs, who can be named break-glass admins. */
  admins: Array<{ userId: string; name: string; email: string }>;
  /** Live teams, for just-in-time creation. */
  teams: Array<{ id: string; name: string }>;
}

function requireAdmin(principal: Principal): asserts principal is Actor {
  if (principal.kind !== "user" || !can(principal, "organisation:manage")) throw new ForbiddenError();
}

function keyConfigured(): boolean {
  try {
    ssoKey(env().SSO_SECRET_KEY);
    return true;
  } catch {
    return false;
  }
}

export async function getSsoSettings(principal: Principal): Promise<SsoSettingsPage> {
  return withOrganisation(principal.organisationId, async () => {
    requireAdmin(principal);
    const organisationId = principal.organisationId;
    const [row, admins, teams] = await Promise.all([
      db().organisationSso.findUnique({ where: { organisationId } }),
      db().membership.findMany({
        where: { organisationId, role: "ADMIN", active: true },
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true, email: true } } },
      }),
      db().team.findMany({ where: { organisationId, archivedAt: null }, orderBy: { path: "asc" }, select: { id: true, name: true } }),
    ]);
    return {
      settings: row
        ? {
            displayName: row.displayName,
            issuer: row.issuer,
            clientId: row.clientId,
            allowedDomains: row.allowedDomains,
            ssoOnly: row.ssoOnly,
            breakGlassUserIds: row.breakGlassUserIds,
            jitEnabled: row.jitEnabled,
            jitTeamId: row.jitTeamId,
            updatedAt: row.updatedAt.toISOString(),
          }
        : null,
      keyConfigured: keyConfigured(),
      admins: admins.map(({ user }) => ({ userId: user.id, name: user.name, email: user.email })),
      teams,
    };
  });
}

/** The domains among `domains` another organisation already signs in with (first come, first served). */
async function domainsClaimedElsewhere(organisationId: string, domains: string[]): Promise<string[]> {
  const others = await asSystem(() =>
    db().organisationSso.findMany({
      where: { organisationId: { not: organisationId }, allowedDomains: { hasSome: domains } },
      select: { allowedDomains: true },
    }),
  );
  return domains.filter((domain) => others.some((other) => other.allowedDomains.includes(domain)));
}

export type Discover = (sso: SsoClient) => Promise<unknown>;

/**
 * Saves the settings when every check passes; `discoverIssuer` is the real discovery (tests point
 * it at a loopback issuer like the e2e tier does). Returns nothing: the page reads them again.
 */
export async function saveSsoSettings(principal: Principal, input: unknown, discoverIssuer: Discover = discover): Promise<void> {
  return withOrganisation(principal.organisationId, async () => {
    requireAdmin(principal);
    const parsed = ZSsoSettingsInput.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ExpectedError("INVALID_INPUT", `${issue?.path.join(".") || "settings"} ${issue?.message ?? "are invalid"}`);
    }
    const settings = parsed.data;
    const organisationId = principal.organisationId;
    let key: Buffer;
    try {
      key = ssoKey(env().SSO_SECRET_KEY);
    } catch (error) {
      if (error instanceof SsoKeyError) throw new SsoSettingsRefusal("no-key");
      throw error;
    }
    const existing = await db().organisationSso.findUnique({ where: { organisationId }, select: { clientSecretSealed: true } });
    const clientSecret = settings.clientSecret || (existing ? openSecret(key, organisationId, existing.clientSecretSealed) : "");
    if (!clientSecret) throw new SsoSettingsRefusal("secret-required");
    const admins = await db().membership.count({
      where: { organisationId, role: "ADMIN", active: true, userId: { in: settings.breakGlassUserIds } },
    });
    if (admins !== settings.breakGlassUserIds.length) throw new SsoSettingsRefusal("break-glass");
    if (settings.jitTeamId) {
      const team = await db().team.count({ where: { id: settings.jitTeamId, organisationId, archivedAt: null } });
      if (team === 0) throw new SsoSettingsRefusal("jit-team");
    }
    const taken = await domainsClaimedElsewhere(organisationId, settings.allowedDomains);
    if (taken.length > 0) throw new SsoSettingsRefusal("domain-taken", taken.join(", "));
    try {
      await discoverIssuer({ issuer: settings.issuer, clientId: settings.clientId, clientSecret });
    } catch (error) {
      if (error instanceof SsoError) throw new SsoSettingsRefusal("discovery", error.message.slice(0, 300));
      throw error;
    }
    const data = {
      displayName: settings.displayName,
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecretSealed: sealSecret(key, organisationId, clientSecret),
      allowedDomains: settings.allowedDomains,
      ssoOnly: settings.ssoOnly,
      breakGlassUserIds: settings.breakGlassUserIds,
      jitEnabled: settings.jitEnabled,
      jitTeamId: settings.jitEnabled ? settings.jitTeamId : null,
    };
    await db().$transaction(async (tx) => {
      const saved = await tx.organisationSso.upsert({ where: { organisationId }, create: { organisationId, ...data }, update: data });
      const { clientSecretSealed: _sealed, ...visible } = data;
      await tx.auditLog.create({
        data: {
          organisationId,
          actorId: principal.membershipId,
          action: existing ? "sso.update" : "sso.create",
          targetType: "OrganisationSso",
          targetId: saved.id,
          metadata: { ...visible, secretChanged: Boolean(settings.clientSecret) },
        },
      });
    });
  });
}

/** Turns single sign-on off: passwords work again for everyone (SSO-only ends with it). */
export async function removeSsoSettings(principal: Principal): Promise<void> {
  return withOrganisation(principal.organisationId, async () => {
    requireAdmin(principal);
    await db().$transaction(async (tx) => {
      const removed = await tx.organisationSso.deleteMany({ where: { organisationId: principal.organisationId } });
      if (removed.count === 0) return;
      await tx.auditLog.create({
        data: {
          organisationId: principal.organisationId,
          actorId: principal.membershipId,
          action: "sso.delete",
          targetType: "OrganisationSso",
          targetId: principal.organisationId,
          metadata: {},
        },
      });
    });
  });
}
