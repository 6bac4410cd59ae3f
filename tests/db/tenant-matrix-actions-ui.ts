// The tenant matrix's entries for the actions pages' own data function (lib/db/actions/ui-*.ts),
// spread into tenant-matrix-entries.ts: A's principals get "no" for B's teams.
import { expect } from "vitest";
import { canManageTeamActions } from "@/lib/db/actions/ui-can-manage-team-actions";
import type { TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

export const actionUiEntries: Record<string, Check> = {
  canManageTeamActions: async (w) => {
    expect(await canManageTeamActions(w.a.actors.ADMIN, w.a.teams.T1)).toBe(true);
    expect(await canManageTeamActions(w.a.actors.ADMIN, w.b.teams.T1)).toBe(false);
    expect(await canManageTeamActions(w.a.actors.MANAGER, w.b.teams.T1)).toBe(false);
    expect(await canManageTeamActions(w.a.key, w.b.teams.D)).toBe(false);
  },
};
