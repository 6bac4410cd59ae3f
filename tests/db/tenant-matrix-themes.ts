// The tenant matrix's entries for the theme catalogue and the comments page (issue 15 §2), spread into
// tenant-matrix-entries.ts: organisation A's principals list only A's themes, and editing B's
// theme is "not found" and leaves it as it was.
import { expect } from "vitest";
import { db } from "@/tests/db/owner-db";
import { listScopeTeams } from "@/lib/db/teams/list-scope-teams";
import { listThemePairs } from "@/lib/db/themes/list-theme-pairs";
import { updateTheme } from "@/lib/db/themes/update-theme";
import { NotFoundError } from "@/lib/errors";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

const firstTheme = (organisationId: string) =>
  db().theme.findFirstOrThrow({ where: { organisationId, side: "CUSTOMER" }, orderBy: { position: "asc" } });

export const themeEntries: Record<string, Check> = {
  listScopeTeams: async (w) => {
    for (const principal of [w.a.actors.ADMIN, w.a.actors.MANAGER, w.a.actors.EMPLOYEE]) {
      const teams = await listScopeTeams(principal);
      expect(leaksOf(teams, w.b)).toEqual([]);
      expect(teams.map((team) => team.teamId)).toContain(w.a.teams.T1);
    }
  },
  listThemePairs: async (w) => {
    const own = await firstTheme(w.a.organisationId);
    for (const principal of [w.a.actors.ADMIN, w.a.actors.CX, w.a.actors.MANAGER, w.a.actors.EMPLOYEE]) {
      const pairs = await listThemePairs(principal);
      expect(leaksOf(pairs, w.b)).toEqual([]);
      expect(JSON.stringify(pairs)).toContain(own.id);
    }
  },
  updateTheme: async (w) => {
    const bTheme = await firstTheme(w.b.organisationId);
    const edit = { labelFr: "pris", labelEn: "taken", keywordsFr: ["attente"], keywordsEn: [], active: false };
    await expect(updateTheme(w.a.actors.ADMIN, bTheme.id, edit)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().theme.findUniqueOrThrow({ where: { id: bTheme.id } })).toEqual(bTheme);
    const own = await firstTheme(w.a.organisationId);
    const same = { labelFr: own.labelFr, labelEn: own.labelEn, keywordsFr: own.keywordsFr, keywordsEn: own.keywordsEn, active: own.active };
    expect(await updateTheme(w.a.actors.HR, own.id, same)).toMatchObject({ ok: true });
  },
};
