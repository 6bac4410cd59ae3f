// The organisation's themes as mirrored pairs in catalogue order (issue 15 §2): for the
// comments page's theme choice (results:read) and the catalogue's theme editor. Keywords and
// labels are the organisation's setup, not answers. The count of matching customer comments
// (organisation-wide) goes only to themes:manage; employee counts are never given here
// (docs/anonymity.md: only per group at or above the group size).
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface ThemeDto {
  id: string;
  key: string;
  side: "CUSTOMER" | "EMPLOYEE";
  labelFr: string;
  labelEn: string;
  keywordsFr: string[];
  keywordsEn: string[];
  active: boolean;
  /** Customer comments matching it, for themes:manage; null otherwise and on the employee side. */
  matchedComments: number | null;
}

/** A customer theme and its employee mirror; a theme without mirror has the other side null. */
export interface ThemePairDto {
  id: string;
  customer: ThemeDto | null;
  employee: ThemeDto | null;
}

export async function listThemePairs(principal: Principal): Promise<ThemePairDto[]> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "results:read")) throw new ForbiddenError();
    const { organisationId } = principal;
    const rows = await db().theme.findMany({
      where: { organisationId },
      select: {
        id: true,
        key: true,
        side: true,
        labelFr: true,
        labelEn: true,
        keywordsFr: true,
        keywordsEn: true,
        active: true,
        mirrorId: true,
      },
      orderBy: [{ position: "asc" }, { key: "asc" }],
    });
    const counts = can(principal, "themes:manage")
      ? await db().customerResponseTheme.groupBy({ by: ["themeId"], where: { organisationId }, _count: { _all: true } })
      : null;
    const countOf = new Map(counts?.map((row) => [row.themeId, row._count._all]));
    const dto = ({ mirrorId: _mirror, ...row }: (typeof rows)[number]): ThemeDto => ({
      ...row,
      matchedComments: counts && row.side === "CUSTOMER" ? (countOf.get(row.id) ?? 0) : null,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const pairs: ThemePairDto[] = [];
    for (const row of rows) {
      const mirror = row.mirrorId ? byId.get(row.mirrorId) : undefined;
      // Each pair once, from its customer side (or from a lone theme of either side).
      if (row.side === "EMPLOYEE" && mirror) continue;
      pairs.push({
        id: row.id,
        customer: row.side === "CUSTOMER" ? dto(row) : null,
        employee: row.side === "EMPLOYEE" ? dto(row) : mirror ? dto(mirror) : null,
      });
    }
    return pairs;
  });
}
