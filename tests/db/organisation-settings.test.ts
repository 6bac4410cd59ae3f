// Organisation settings at the data layer: an ADMIN's valid values are stored with one audit
// row listing the changes; each invalid field is named and nothing is written; other roles
// and API keys are refused; another organisation is never touched.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/actor-types";
import { authenticateApiKey } from "@/lib/db/api-keys/authenticate-api-key";
import { apiScopes } from "@/lib/auth/api-scopes";
import { createApiKey } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { getOrganisationSettings } from "@/lib/db/organisations/get-organisation-settings";
import { updateOrganisationSettings } from "@/lib/db/organisations/update-organisation-settings";
import { findActor } from "@/lib/db/users/find-actor";
import { ForbiddenError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let a: OrgFixture;
let b: OrgFixture;

const stored = (organisationId: string) =>
  db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      name: true,
      brandColor: true,
      minGroupSize: true,
      minVerbatimGroupSize: true,
      minCustomerResponses: true,
      linkExpiryDays: true,
      syncCreatesEvents: true,
    },
  });
const audits = (organisationId: string) =>
  db().auditLog.findMany({ where: { organisationId, action: "organisation.settings.update" }, orderBy: { id: "asc" } });
const defaults = {
  brandColor: "#1d4ed8",
  minGroupSize: 5,
  minVerbatimGroupSize: 10,
  minCustomerResponses: 10,
  linkExpiryDays: 30,
  syncCreatesEvents: false,
};
const valid = {
  name: "Alpha SA",
  brandColor: "#0F766E",
  minGroupSize: "6",
  minVerbatimGroupSize: "12",
  minCustomerResponses: "15",
  linkExpiryDays: "45",
};

beforeAll(async () => {
  a = await createOrgFixture("alpha", 0);
  b = await createOrgFixture("beta", 0);
});

beforeEach(async () => {
  await db().organisation.update({ where: { id: a.organisationId }, data: { name: "Org alpha", ...defaults } });
  await db().auditLog.deleteMany({});
});

describe("updateOrganisationSettings", () => {
  it("stores valid values and writes one audit row listing each change", async () => {
    const result = await updateOrganisationSettings(a.actors.ADMIN, valid);
    expect(result).toEqual({
      ok: true,
      data: {
        name: "Alpha SA",
        brandColor: "#0f766e",
        minGroupSize: 6,
        minVerbatimGroupSize: 12,
        minCustomerResponses: 15,
        linkExpiryDays: 45,
        syncCreatesEvents: false,
      },
      changed: ["name", "brandColor", "minGroupSize", "minVerbatimGroupSize", "minCustomerResponses", "linkExpiryDays"],
    });
    expect(await stored(a.organisationId)).toEqual({
      name: "Alpha SA",
      brandColor: "#0f766e",
      minGroupSize: 6,
      minVerbatimGroupSize: 12,
      minCustomerResponses: 15,
      linkExpiryDays: 45,
      syncCreatesEvents: false,
    });
    const [audit, ...more] = await audits(a.organisationId);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ actorId: a.actors.ADMIN.membershipId, targetType: "Organisation", targetId: a.organisationId });
    expect(audit!.metadata).toEqual({
      changes: {
        name: { from: "Org alpha", to: "Alpha SA" },
        brandColor: { from: "#1d4ed8", to: "#0f766e" },
        minGroupSize: { from: 5, to: 6 },
        minVerbatimGroupSize: { from: 10, to: 12 },
        minCustomerResponses: { from: 10, to: 15 },
        linkExpiryDays: { from: 30, to: 45 },
      },
    });
    expect(await getOrganisationSettings(a.actors.ADMIN)).toMatchObject({
      name: "Alpha SA",
      brandColor: "#0f766e",
      minGroupSize: 6,
      minCustomerResponses: 15,
    });
  });

  it("audits only what changed, and nothing when nothing changed", async () => {
    const same = {
      name: "Org alpha",
      brandColor: "#1d4ed8",
      minGroupSize: 5,
      minVerbatimGroupSize: 10,
      minCustomerResponses: 10,
      linkExpiryDays: 30,
    };
    expect(await updateOrganisationSettings(a.actors.ADMIN, same)).toMatchObject({ ok: true, changed: [] });
    expect(await audits(a.organisationId)).toHaveLength(0);
    expect(await updateOrganisationSettings(a.actors.ADMIN, { ...same, minGroupSize: 3 })).toMatchObject({
      ok: true,
      changed: ["minGroupSize"],
    });
    const [audit] = await audits(a.organisationId);
    expect(audit!.metadata).toEqual({ changes: { minGroupSize: { from: 5, to: 3 } } });
    expect((await stored(a.organisationId)).minGroupSize).toBe(3);
  });

  it("the HR sync's moments of truth: ticked turns them on, unticked off, each change audited", async () => {
    expect(await updateOrganisationSettings(a.actors.ADMIN, { ...valid, syncCreatesEvents: "on" })).toMatchObject({
      ok: true,
      data: { syncCreatesEvents: true },
    });
    expect((await stored(a.organisationId)).syncCreatesEvents).toBe(true);
    expect(await getOrganisationSettings(a.actors.ADMIN)).toMatchObject({ syncCreatesEvents: true });
    // An unticked checkbox posts nothing: the field is absent.
    const { syncCreatesEvents: _absent, ...unticked } = { ...valid, syncCreatesEvents: "on" };
    expect(await updateOrganisationSettings(a.actors.ADMIN, unticked)).toMatchObject({ ok: true, changed: ["syncCreatesEvents"] });
    expect((await stored(a.organisationId)).syncCreatesEvents).toBe(false);
    const [on, off] = await audits(a.organisationId);
    expect((on!.metadata as { changes: object }).changes).toMatchObject({ syncCreatesEvents: { from: false, to: true } });
    expect(off!.metadata).toEqual({ changes: { syncCreatesEvents: { from: true, to: false } } });
  });

  it.each([
    ["syncCreatesEvents", "maybe"],
    ["name", ""],
    ["name", "x".repeat(101)],
    ["brandColor", "blue"],
    ["brandColor", "#12345"],
    ["minGroupSize", "2"],
    ["minGroupSize", "abc"],
    ["minVerbatimGroupSize", "5"],
    ["minVerbatimGroupSize", "2"],
    ["minCustomerResponses", "0"],
    ["minCustomerResponses", "1001"],
    ["minCustomerResponses", "abc"],
    ["linkExpiryDays", "0"],
    ["linkExpiryDays", "366"],
  ])("%s = %j: refused naming that field, nothing written", async (field, value) => {
    const before = await stored(a.organisationId);
    const result = await updateOrganisationSettings(a.actors.ADMIN, { ...valid, [field]: value });
    expect(result.ok ? "accepted" : Object.keys(result.fieldErrors)).toEqual([field]);
    expect(await stored(a.organisationId)).toEqual(before);
    expect(await audits(a.organisationId)).toHaveLength(0);
  });

  it.each(roles.filter((role) => role !== "ADMIN"))("%s gets ForbiddenError and nothing is written", async (role) => {
    const before = await stored(a.organisationId);
    await expect(updateOrganisationSettings(a.actors[role], valid)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganisationSettings(a.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
    expect(await stored(a.organisationId)).toEqual(before);
  });

  it("an API key is refused", async () => {
    const key = await createApiKey(a.actors.ADMIN, { name: "integrator", scopes: apiScopes });
    const principal = (await authenticateApiKey(key.key))!;
    await expect(updateOrganisationSettings(principal, valid)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("another organisation is untouched", async () => {
    const before = await stored(b.organisationId);
    await updateOrganisationSettings(a.actors.ADMIN, valid);
    expect(await stored(b.organisationId)).toEqual(before);
    expect(await audits(b.organisationId)).toHaveLength(0);
  });

  it("a new k applies at once: the next actor read carries it (nothing cached depends on it)", async () => {
    await updateOrganisationSettings(a.actors.ADMIN, { ...valid, minGroupSize: "7", minVerbatimGroupSize: "7" });
    expect((await findActor(a.actors.HR.userId))!.minGroupSize).toBe(7);
  });
});
