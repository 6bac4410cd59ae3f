// Saving the organisation settings (ADMIN): validated with zod (nothing written on invalid
// input), the row locked, changed fields written with one AuditLog row listing each change.
// Changing k needs no rollup refresh: rollups hold counts only, and every reader applies the
// organisation's current k when it reads (find-actor.ts, load-rollup-counts.ts, list-verbatims.ts).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import {
  settingsFieldErrors,
  settingsFields,
  ZOrganisationSettingsInput,
  type OrganisationSettingsInput,
  type SettingsField,
  type SettingsFieldErrors,
} from "@/lib/organisations/settings-schema";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export type UpdateOrganisationSettingsResult =
  { ok: true; data: OrganisationSettingsInput; changed: SettingsField[] } | { ok: false; fieldErrors: SettingsFieldErrors };

export async function updateOrganisationSettings(principal: Principal, input: unknown): Promise<UpdateOrganisationSettingsResult> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "settings:manage")) throw new ForbiddenError();
    const parsed = ZOrganisationSettingsInput.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: settingsFieldErrors(parsed.error) };
    const next = parsed.data;
    const organisationId = principal.organisationId;
    return db().$transaction(async (tx): Promise<UpdateOrganisationSettingsResult> => {
      // FOR UPDATE: two admins saving at once each audit what they really replaced.
      const [before] = await tx.$queryRaw<OrganisationSettingsInput[]>`
      SELECT name, "brandColor", "minGroupSize", "minVerbatimGroupSize", "minCustomerResponses", "linkExpiryDays", "syncCreatesEvents"
      FROM "Organisation" WHERE id = ${organisationId}::uuid FOR UPDATE`;
      if (!before) throw new ForbiddenError();
      const changed = settingsFields.filter((field) => before[field] !== next[field]);
      if (changed.length === 0) return { ok: true, data: next, changed };
      await tx.organisation.update({ where: { id: organisationId }, data: next });
      const changes = Object.fromEntries(changed.map((field) => [field, { from: before[field], to: next[field] }]));
      await tx.auditLog.create({
        data: {
          organisationId,
          actorId: principal.membershipId,
          action: "organisation.settings.update",
          targetType: "Organisation",
          targetId: organisationId,
          metadata: { changes },
        },
      });
      return { ok: true, data: next, changed };
    });
  });
}
