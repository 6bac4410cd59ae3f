// Editing a whole theme from the catalogue (lib/db/themes/update-theme.ts) and listing the
// pairs (list-theme-pairs.ts): who may, what is refused with a sentence and writes nothing (a
// theme without keywords above all), a foreign theme "not found", the audit row, the count.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { listThemePairs } from "@/lib/db/themes/list-theme-pairs";
import { updateTheme } from "@/lib/db/themes/update-theme";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { NO_KEYWORDS_SENTENCE } from "@/lib/themes/tsquery";
import { createOrgFixture, type OrgFixture } from "./fixtures";
import { themesWithComment } from "./theme-fixtures";

let org: OrgFixture;
let other: OrgFixture;
let themeId: string;

const stored = () => db().theme.findUniqueOrThrow({ where: { id: themeId } });
const audits = () => db().auditLog.findMany({ where: { organisationId: org.organisationId, action: "theme.update" } });
const links = () => db().customerResponseTheme.count({ where: { themeId } });
const valid = { labelFr: "Amabilité et accueil", labelEn: "Kindness", keywordsFr: "adorable", keywordsEn: "", active: true };

beforeAll(async () => {
  org = await createOrgFixture("theme-whole", 1);
  other = await createOrgFixture("theme-whole-b", 1);
  await themesWithComment(org, "Vendeuse adorable, merci");
  await db().$transaction((tx) => createDefaultThemes(tx, other.organisationId));
  themeId = (await db().theme.findFirstOrThrow({ where: { organisationId: org.organisationId, side: "CUSTOMER", key: "amabilite" } })).id;
});

describe("updateTheme", () => {
  it("is for ADMIN, HR and CX; another organisation's or an unknown theme is not found", async () => {
    for (const role of ["MANAGER", "EMPLOYEE"] as const) {
      await expect(updateTheme(org.actors[role], themeId, valid)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const foreign = await db().theme.findFirstOrThrow({ where: { organisationId: other.organisationId } });
    const before = await db().theme.findUniqueOrThrow({ where: { id: foreign.id } });
    for (const id of [foreign.id, randomUUID(), "not-an-id"]) {
      await expect(updateTheme(org.actors.ADMIN, id, valid)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db().theme.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(before);
  });

  it("refuses a theme without keywords, or any other bad field, with a sentence, and writes nothing", async () => {
    const before = [await stored(), (await audits()).length, await links()];
    const cases: [unknown, Record<string, string>][] = [
      [{ ...valid, keywordsFr: "", keywordsEn: "" }, { keywordsFr: NO_KEYWORDS_SENTENCE }],
      [{ ...valid, keywordsFr: " ,;\n", keywordsEn: [] }, { keywordsFr: NO_KEYWORDS_SENTENCE }],
      [{ ...valid, labelFr: "  " }, { labelFr: "must not be empty: a theme is shown by its label" }],
      [{ ...valid, labelEn: "x".repeat(121) }, { labelEn: "must be at most 120 characters" }],
      [
        { ...valid, keywordsFr: "attente:*" },
        { keywordsFr: "« attente:* » may only contain letters, digits, spaces, apostrophes and hyphens" },
      ],
      [
        { ...valid, keywordsFr: "pas de" },
        { keywordsFr: "« pas de » is made only of words too common to search: use a more specific word" },
      ],
      [{ ...valid, active: "yes" }, { active: "must be true or false" }],
      [{ ...valid, key: "renamed" }, { form: expect.any(String) as string }],
    ];
    for (const [input, fieldErrors] of cases)
      expect(await updateTheme(org.actors.ADMIN, themeId, input)).toEqual({ ok: false, fieldErrors });
    expect([await stored(), (await audits()).length, await links()]).toEqual(before);
  });

  it("stores labels, keywords and active, matches again, counts the customer comments and audits what changed", async () => {
    expect(await links()).toBe(0);
    expect(await updateTheme(org.actors.CX, themeId, { ...valid, labelEn: "Friendliness", keywordsFr: "adorable\naimable" })).toEqual({
      ok: true,
      themeId,
      matchedComments: 1,
    });
    expect(await stored()).toMatchObject({
      labelFr: "Amabilité et accueil",
      labelEn: "Friendliness",
      keywordsFr: ["adorable", "aimable"],
      active: true,
    });
    const [audit] = await audits();
    expect(audit).toMatchObject({ actorId: org.actors.CX.membershipId, targetId: themeId });
    expect(audit!.metadata).toMatchObject({
      changed: ["labelEn", "keywordsFr", "keywordsEn"],
      after: { labelEn: "Friendliness", keywordsFr: ["adorable", "aimable"], keywordsEn: [] },
    });
    // Retired: no comment matches it any more.
    expect(await updateTheme(org.actors.HR, themeId, { ...valid, keywordsFr: ["adorable"], active: false })).toMatchObject({
      ok: true,
      matchedComments: 0,
    });
    expect((await stored()).active).toBe(false);
  });
});

describe("listThemePairs", () => {
  it("pairs each customer theme with its mirror; only theme managers get the counts", async () => {
    const pairs = await listThemePairs(org.actors.CX);
    expect(pairs).toHaveLength(10);
    for (const pair of pairs) expect(pair.employee?.side).toBe("EMPLOYEE");
    const attente = pairs.find((pair) => pair.customer?.key === "attente")!;
    expect(attente.employee?.key).toBe("sous_effectif");
    expect(attente.customer?.matchedComments).toBe(0);
    expect(attente.employee?.matchedComments).toBeNull();
    const managerView = await listThemePairs(org.actors.MANAGER);
    expect(managerView.every((pair) => pair.customer?.matchedComments === null)).toBe(true);
    expect(JSON.stringify(managerView)).not.toContain(other.organisationId);
  });
});
