// The setup page of a fresh install (issue 12 §1): while no organisation exists, the server
// prints a one-time token at start (only its SHA-256 is kept, one row), and whoever holds it may
// create the first organisation and its ADMIN — once: the row goes with the creation, in the
// same transaction, under a lock, so two tabs cannot both succeed.
import { hashAccountToken, newAccountToken } from "@/lib/accounts/account-token";
import { createOrganisationFieldErrors, ZCreateOrganisationInput } from "@/lib/organisations/create-organisation-schema";
import { db } from "../client";
import { insertOrganisation, type InsertedOrganisation } from "../internal/organisations/insert-organisation";
import type { CreateOrganisationResult } from "./create-organisation";
import { asSystem } from "../tenant-context";

const SETUP_LOCK = 0x53_45_54_55; // "SETU"

export async function hasOrganisation(): Promise<boolean> {
  return asSystem(async () => {
    return (await db().organisation.findFirst({ select: { id: true } })) !== null;
  });
}

/** A new setup token when no organisation exists (replacing any earlier one), else null. */
export async function issueInstanceSetupToken(): Promise<string | null> {
  return asSystem(async () => {
    return db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${SETUP_LOCK})`;
      if (await tx.organisation.findFirst({ select: { id: true } })) return null;
      const token = newAccountToken();
      const tokenHash = hashAccountToken(token);
      await tx.instanceSetupToken.upsert({ where: { id: 1 }, create: { id: 1, tokenHash }, update: { tokenHash, createdAt: new Date() } });
      return token;
    });
  });
}

export type SetupResult = CreateOrganisationResult | { ok: false; refused: "token" | "done" };

export async function setupFirstOrganisation(token: string, input: unknown): Promise<SetupResult> {
  return asSystem(async () => {
    const parsed = ZCreateOrganisationInput.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: createOrganisationFieldErrors(parsed.error) };
    return db().$transaction(async (tx): Promise<SetupResult> => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${SETUP_LOCK})`;
      if (await tx.organisation.findFirst({ select: { id: true } })) return { ok: false, refused: "done" };
      const row = await tx.instanceSetupToken.findUnique({ where: { id: 1 } });
      if (!row || row.tokenHash !== hashAccountToken(token)) return { ok: false, refused: "token" };
      const created: InsertedOrganisation = await insertOrganisation(tx, parsed.data);
      await tx.instanceSetupToken.delete({ where: { id: 1 } });
      return { ok: true, ...created };
    });
  });
}
