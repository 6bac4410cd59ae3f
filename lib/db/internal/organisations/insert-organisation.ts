// Creates an organisation with its default catalogues and its first ADMIN (a new person, or an
// existing one by email, who then also belongs here), and the ADMIN's single-use setup link —
// inside the caller's transaction. Used by the CLI and by the setup page.
import { SETUP_DAYS } from "@/lib/accounts/account-token";
import type { CreateOrganisationInput } from "@/lib/organisations/create-organisation-schema";
import type { Prisma } from "../../generated/client";
import { issueAccountToken } from "../accounts/issue-account-token";
import { createDefaultCatalogues } from "./create-catalogues";

export interface InsertedOrganisation {
  organisationId: string;
  adminUserId: string;
  adminMembershipId: string;
  setupToken: string;
  setupExpiresAt: Date;
}

export class SlugTakenError extends Error {
  constructor() {
    super("slug taken");
  }
}

export async function insertOrganisation(tx: Prisma.TransactionClient, input: CreateOrganisationInput): Promise<InsertedOrganisation> {
  if (await tx.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new SlugTakenError();
  const organisation = await tx.organisation.create({ data: { name: input.name, slug: input.slug, defaultLocale: input.locale } });
  await createDefaultCatalogues(tx, organisation.id);
  const user = await tx.user.upsert({
    where: { email: input.adminEmail },
    create: { email: input.adminEmail, name: input.adminName, locale: input.locale },
    update: {},
  });
  const membership = await tx.membership.create({ data: { organisationId: organisation.id, userId: user.id, role: "ADMIN" } });
  const { token, expiresAt } = await issueAccountToken(tx, {
    organisationId: organisation.id,
    userId: user.id,
    purpose: "SETUP",
    ttlMs: SETUP_DAYS * 86_400_000,
    createdById: null,
  });
  await tx.auditLog.create({
    data: {
      organisationId: organisation.id,
      actorId: null,
      action: "organisation.create",
      targetType: "Organisation",
      targetId: organisation.id,
      metadata: { slug: input.slug, admin: input.adminEmail },
    },
  });
  return {
    organisationId: organisation.id,
    adminUserId: user.id,
    adminMembershipId: membership.id,
    setupToken: token,
    setupExpiresAt: expiresAt,
  };
}
