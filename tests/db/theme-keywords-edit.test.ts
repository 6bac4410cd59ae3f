// Editing a theme's keywords (lib/db/themes/update-theme-keywords.ts): who may, what is refused
// with a sentence and writes nothing (no keyword at all, a bad character, only stop words), and
// what a change does — the theme is matched again over the organisation's comments, audited.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { updateThemeKeywords } from "@/lib/db/themes/update-theme-keywords";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { themesWithComment } from "./theme-fixtures";

let org: OrgFixture;
let themeId: string;
let responseId: string;

const stored = async () => db().theme.findUniqueOrThrow({ where: { id: themeId }, select: { keywordsFr: true, keywordsEn: true } });
const audits = () => db().auditLog.count({ where: { organisationId: org.organisationId, action: "theme.keywords" } });
const links = () => db().customerResponseTheme.count({ where: { themeId } });

beforeAll(async () => {
  org = await createOrgFixture("theme-edit", 1);
  responseId = await themesWithComment(org, "Vendeuse adorable, merci");
  themeId = (await db().theme.findFirstOrThrow({ where: { organisationId: org.organisationId, side: "CUSTOMER", key: "amabilite" } })).id;
});

describe("updateThemeKeywords", () => {
  it("is for ADMIN, HR and CX: a manager or an employee is refused", async () => {
    for (const role of ["MANAGER", "EMPLOYEE"] as const) {
      await expect(updateThemeKeywords(org.actors[role], themeId, { keywordsFr: ["adorable"] })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateThemeKeywords(org.actors.ADMIN, randomUUID(), { keywordsFr: ["adorable"] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateThemeKeywords(org.actors.ADMIN, "not-an-id", { keywordsFr: ["adorable"] })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses bad keywords with a sentence and writes nothing", async () => {
    const before = [await stored(), await audits(), await links()];
    const cases: [unknown, Record<string, string>][] = [
      [
        { keywordsFr: [], keywordsEn: [] },
        { keywordsFr: "must list at least one keyword: a theme without keywords would never match a comment" },
      ],
      [{ keywordsFr: " , ; \n" }, { keywordsFr: "must list at least one keyword: a theme without keywords would never match a comment" }],
      [{ keywordsFr: ["attente:*"] }, { keywordsFr: "« attente:* » may only contain letters, digits, spaces, apostrophes and hyphens" }],
      [{ keywordsFr: ["accueil"], keywordsEn: ["x"] }, { keywordsEn: "« x » must be at least 2 characters" }],
      [
        { keywordsFr: ["accueil", "pas de"] },
        { keywordsFr: "« pas de » is made only of words too common to search: use a more specific word" },
      ],
      [
        { keywordsFr: ["accueil"], keywordsEn: ["the"] },
        { keywordsEn: "« the » is made only of words too common to search: use a more specific word" },
      ],
      [{ keywordsFr: Array.from({ length: 41 }, (_, i) => `mot${i}`) }, { keywordsFr: "must list at most 40 keywords" }],
      [{ keywordsFr: ["accueil"], labelFr: "x" }, { form: expect.any(String) as string }],
      ["accueil", { form: expect.any(String) as string }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect(await updateThemeKeywords(org.actors.ADMIN, themeId, input)).toEqual({ ok: false, fieldErrors });
    }
    expect([await stored(), await audits(), await links()]).toEqual(before);
  });

  it("stores the keywords (a form's text or lists), matches the comments again and audits the change", async () => {
    expect(await links()).toBe(0);
    const result = await updateThemeKeywords(org.actors.CX, themeId, {
      keywordsFr: "aimable, adorable\nsouriante ;  Adorable",
      keywordsEn: "",
    });
    expect(result).toEqual({ ok: true, themeId, matchedComments: 1 });
    expect(await stored()).toEqual({ keywordsFr: ["aimable", "adorable", "souriante"], keywordsEn: [] });
    expect(await db().customerResponseTheme.findMany({ where: { responseId }, select: { themeId: true } })).toEqual([{ themeId }]);
    expect(await audits()).toBe(1);
    expect(await updateThemeKeywords(org.actors.HR, themeId, { keywordsFr: ["aimable"], keywordsEn: ["lovely"] })).toEqual({
      ok: true,
      themeId,
      matchedComments: 0,
    });
    expect(await links()).toBe(0);
  });
});

describe("updateThemeKeywords on the employee side", () => {
  it("re-matches but counts nothing: employee comments are only counted where the release rules allow", async () => {
    const employeeTheme = await db().theme.findFirstOrThrow({
      where: { organisationId: org.organisationId, side: "EMPLOYEE", key: "outils" },
    });
    await db().employeeResponse.create({
      data: { organisationId: org.organisationId, teamId: org.teams.T2, period: new Date("2026-11-01"), score: 3, comment: "Le VPN saute" },
    });
    const result = await updateThemeKeywords(org.actors.HR, employeeTheme.id, { keywordsFr: ["VPN"] });
    expect(result).toEqual({ ok: true, themeId: employeeTheme.id, matchedComments: null });
    expect(await db().employeeResponseTheme.count({ where: { themeId: employeeTheme.id } })).toBe(1);
  });
});
