// `npm run org -- create`: a new organisation with its default catalogues and first ADMIN, for
// whoever runs the server (no session: the machine's operator). Validated with zod; nothing is
// written on invalid input or a slug already taken.
import {
  createOrganisationFieldErrors,
  ZCreateOrganisationInput,
  type CreateOrganisationField,
} from "@/lib/organisations/create-organisation-schema";
import { db } from "../client";
import { insertOrganisation, SlugTakenError, type InsertedOrganisation } from "../internal/organisations/insert-organisation";
import { asSystem } from "../tenant-context";

export type CreateOrganisationResult =
  ({ ok: true } & InsertedOrganisation) | { ok: false; fieldErrors: Partial<Record<CreateOrganisationField, string>> };

const UNIQUE_VIOLATION = "P2002";

export async function createOrganisation(input: unknown): Promise<CreateOrganisationResult> {
  return asSystem(async () => {
    const parsed = ZCreateOrganisationInput.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: createOrganisationFieldErrors(parsed.error) };
    try {
      return { ok: true, ...(await db().$transaction((tx) => insertOrganisation(tx, parsed.data))) };
    } catch (error) {
      if (error instanceof SlugTakenError || (error as { code?: string }).code === UNIQUE_VIOLATION)
        return { ok: false, fieldErrors: { slug: "is already taken by another organisation" } };
      throw error;
    }
  });
}
