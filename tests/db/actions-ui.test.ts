// The team page's « Créer une action » rule (lib/db/actions/ui-can-manage-team-actions.ts): a
// manager for their subtree only, HR/CX/ADMIN everywhere in their organisation, an employee never.
import { beforeAll, describe, expect, it } from "vitest";
import { canManageTeamActions } from "@/lib/db/actions/ui-can-manage-team-actions";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  org = await createOrgFixture("act-ui-a");
  other = await createOrgFixture("act-ui-b");
});

describe("canManageTeamActions", () => {
  it("follows the role and the subtree", async () => {
    expect(await canManageTeamActions(org.actors.MANAGER, org.teams.T1)).toBe(true);
    expect(await canManageTeamActions(org.actors.MANAGER, org.teams.T3)).toBe(false);
    expect(await canManageTeamActions(org.actors.HR, org.teams.T3)).toBe(true);
    expect(await canManageTeamActions(org.actors.CX, org.teams.D)).toBe(true);
    expect(await canManageTeamActions(org.actors.EMPLOYEE, org.teams.T1)).toBe(false);
  });

  it("says no for another organisation's team or a malformed id", async () => {
    expect(await canManageTeamActions(org.actors.ADMIN, other.teams.T1)).toBe(false);
    expect(await canManageTeamActions(org.actors.ADMIN, "not-a-uuid")).toBe(false);
  });
});
