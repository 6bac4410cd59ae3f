// The tenant matrix's entry for the mirrored theme view (issue 15 §2), spread into
// tenant-matrix-entries.ts: organisation A's principals see none of B's themes or teams, and B's
// team is "not found".
import { expect } from "vitest";
import { scopePaths } from "@/lib/db/dashboard/list-verbatims";
import { getThemeView } from "@/lib/db/themes/get-theme-view";
import { NotFoundError } from "@/lib/errors";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

export const themeViewEntries: Record<string, Check> = {
  // The subtree roots of the verbatims and the theme view: A's own, B's team "not found".
  scopePaths: async (w) => {
    expect(leaksOf(await scopePaths(w.a.actors.ADMIN, undefined), w.b)).toEqual([]);
    await expect(scopePaths(w.a.actors.ADMIN, w.b.teams.T1)).rejects.toBeInstanceOf(NotFoundError);
  },
  getThemeView: async (w) => {
    for (const principal of [w.a.actors.ADMIN, w.a.actors.HR, w.a.actors.CX, w.a.actors.MANAGER, w.a.actors.EMPLOYEE])
      expect(leaksOf(await getThemeView(principal, {}), w.b)).toEqual([]);
    await expect(getThemeView(w.a.actors.HR, { teamId: w.b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
  },
};
