// listVerbatims' theme and free-text filters (issue 15 §2), tried the way someone probing would:
// a word said only in a group below k_c is never found, a foreign or unknown theme is "not
// found", SQL or tsquery syntax in the search box is just text, and the theme filter returns
// exactly the comments the database linked to the theme (customer side) and to its mirror
// (employee side, only from groups of k_c people or more).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { listVerbatims } from "@/lib/db/dashboard/list-verbatims";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { ExpectedError, NotFoundError } from "@/lib/errors";
import { addCustomerAnswers, createDashboardOrg, type DashboardOrg } from "./fixtures-dashboard";

const tree = { D: null, T1: "D", T2: "D" };
const roleTeams = { ADMIN: "D", HR: "D", CX: "D", MANAGER: "D", EMPLOYEE: "T1" } as const;
let a: DashboardOrg;
let b: DashboardOrg;

/** One person per text (a respondent row each), as the release writes them. */
async function addEmployeeTexts(org: DashboardOrg, team: string, month: string, comments: Array<string | null>) {
  const period = new Date(`${month}-01T00:00:00.000Z`);
  await db().$transaction(async (tx) => {
    for (const comment of comments) {
      await tx.employeeResponse.create({
        data: { organisationId: org.organisationId, teamId: org.teams[team]!, period, score: 6, comment },
      });
      await tx.employeeRespondent.create({
        data: { organisationId: org.organisationId, teamId: org.teams[team]!, period, personId: randomUUID() },
      });
    }
    await markRollupDirty(tx, org.organisationId, period);
  });
}

/** Customer answers of a team with these comments (and locales), matched by the database's triggers. */
async function addCustomerComments(org: DashboardOrg, team: string, comments: Array<[string, "fr" | "en"]>) {
  const teamId = org.teams[team]!;
  await addCustomerAnswers(org.organisationId, {
    teamId,
    scores: comments.map(() => 4),
    submittedAt: "2026-10-12T10:00:00Z",
    momentOfTruthId: org.mots.complaint,
  });
  const rows = await db().customerResponse.findMany({
    where: { organisationId: org.organisationId, teamId, comment: null },
    select: { id: true },
  });
  for (const [i, row] of rows.entries()) {
    const [comment, locale] = comments[i]!;
    await db().customerResponse.update({ where: { id: row.id }, data: { comment, locale } });
  }
}

const themeOf = (org: DashboardOrg, side: "CUSTOMER" | "EMPLOYEE", key: string) =>
  db().theme.findFirstOrThrow({ where: { organisationId: org.organisationId, side, key } });
const texts = (rows: Array<{ text: string }>) => rows.map((row) => row.text).sort();

const filler = (n: number) => Array.from({ length: n }, () => null);

beforeAll(async () => {
  a = await createDashboardOrg("vsearcha", tree, roleTeams);
  b = await createDashboardOrg("vsearchb", tree, roleTeams);
  for (const org of [a, b]) await db().$transaction((tx) => createDefaultThemes(tx, org.organisationId));
  // T1, October: 10 people (k_c), two of them wrote about staffing and tools.
  await addEmployeeTexts(a, "T1", "2026-10", [
    "On manque de monde, sous-effectif permanent",
    "Le VPN plante, outils très lents",
    ...filler(8),
  ]);
  // T2, October: 9 people, below k_c: its words must never come out, whatever the search.
  await addEmployeeTexts(a, "T2", "2026-10", ["Zorglub le chef de plateau, sous-effectif chronique", ...filler(8)]);
  await addCustomerComments(a, "T1", [
    ["Temps d'attente interminable au téléphone", "fr"],
    ["Conseillère très aimable", "fr"],
    ["Le délai de livraison était énorme", "fr"],
    ["Waiting forever on hold", "en"],
  ]);
  await addEmployeeTexts(b, "T1", "2026-10", ["Zorglub chez beta, sous-effectif", ...filler(10)]);
});

describe("free-text search", () => {
  it.each(["ADMIN", "HR", "MANAGER"] as const)("never finds a word only said in a group below k_c (%s)", async (role) => {
    const found = await listVerbatims(a.actors[role], { q: "zorglub" });
    expect(found.employee).toEqual([]);
    expect(found.customer).toEqual([]);
    expect((await listVerbatims(a.actors[role], { q: "chef de plateau", teamId: a.teams.T2 })).employee).toEqual([]);
  });

  it("counts the whole group before searching: one matching comment of a group of k_c is shown", async () => {
    const { employee } = await listVerbatims(a.actors.HR, { q: "vpn" });
    expect(texts(employee)).toEqual(["Le VPN plante, outils très lents"]);
    expect(employee[0]).toEqual(expect.objectContaining({ period: "2026-10", teamId: a.teams.T1 }));
  });

  it("folds accents and stems, in the answer's language on the customer side", async () => {
    expect(texts((await listVerbatims(a.actors.HR, { q: "DELAIS" })).customer)).toEqual(["Le délai de livraison était énorme"]);
    expect(texts((await listVerbatims(a.actors.HR, { q: "waited" })).customer)).toEqual(["Waiting forever on hold"]);
    expect(texts((await listVerbatims(a.actors.HR, { q: "conseillere aimable" })).customer)).toEqual(["Conseillère très aimable"]);
  });

  it("treats SQL and tsquery syntax as plain text: no error, no row it does not contain", async () => {
    const before = await db().customerResponse.count({ where: { organisationId: a.organisationId } });
    const garbage = [
      `'; DROP TABLE "CustomerResponse"; --`,
      "attente' OR '1'='1",
      "a & b | !c:* <-> (((",
      '"unterminated',
      "%%",
      "_%",
      "\\x00\\' ; select pg_sleep(5)",
      "attente\u0000drop",
      "de la du",
    ];
    for (const q of garbage) {
      const found = await listVerbatims(a.actors.ADMIN, { q });
      expect(found.employee, q).toEqual([]);
      for (const row of found.customer) expect(row.text.toLowerCase(), q).toContain("attente");
    }
    expect(await db().customerResponse.count({ where: { organisationId: a.organisationId } })).toBe(before);
  });

  it("says when a search has no word to look for", async () => {
    expect((await listVerbatims(a.actors.HR, { q: "de la du" })).searchUnusable).toBe(true);
    expect((await listVerbatims(a.actors.HR, { q: "(((" })).searchUnusable).toBe(true);
    expect((await listVerbatims(a.actors.HR, { q: "attente" })).searchUnusable).toBe(false);
    expect((await listVerbatims(a.actors.HR, {})).searchUnusable).toBe(false);
  });

  it("refuses a search shorter than 2 or longer than 100 characters with a sentence", async () => {
    for (const q of ["a", "   ", "x".repeat(101), 42]) {
      await expect(listVerbatims(a.actors.HR, { q })).rejects.toBeInstanceOf(ExpectedError);
    }
    await expect(listVerbatims(a.actors.HR, { q: "a" })).rejects.toThrow(/at least 2/);
  });
});

describe("theme filter", () => {
  it("gives exactly the comments linked to a customer theme, and on the employee side those of its mirror", async () => {
    const attente = await themeOf(a, "CUSTOMER", "attente");
    const links = await db().customerResponseTheme.findMany({ where: { themeId: attente.id }, select: { responseId: true } });
    const linkedCustomer = await db().customerResponse.findMany({
      where: { organisationId: a.organisationId, id: { in: links.map((link) => link.responseId) } },
      select: { comment: true },
    });
    expect(linkedCustomer.map((row) => row.comment).sort()).toEqual([
      "Le délai de livraison était énorme",
      "Temps d'attente interminable au téléphone",
      "Waiting forever on hold",
    ]);
    const found = await listVerbatims(a.actors.HR, { theme: attente.id });
    expect(texts(found.customer)).toEqual(linkedCustomer.map((row) => row.comment!).sort());
    // The mirror (sous_effectif) also matches T2's comment, below k_c: not shown.
    expect(texts(found.employee)).toEqual(["On manque de monde, sous-effectif permanent"]);
    expect(found.theme).toEqual({
      customer: expect.objectContaining({ id: attente.id, side: "CUSTOMER", labelFr: "Attente et délais" }),
      employee: expect.objectContaining({ id: attente.mirrorId, side: "EMPLOYEE" }),
      noMirror: false,
    });
  });

  it("from the employee theme, the same two sides", async () => {
    const outils = await themeOf(a, "EMPLOYEE", "outils");
    const found = await listVerbatims(a.actors.HR, { theme: outils.id });
    expect(texts(found.employee)).toEqual(["Le VPN plante, outils très lents"]);
    expect(found.customer).toEqual([]);
    expect(found.theme?.customer?.id).toBe(outils.mirrorId);
  });

  it("combines with the search and the team", async () => {
    const attente = await themeOf(a, "CUSTOMER", "attente");
    expect(texts((await listVerbatims(a.actors.HR, { theme: attente.id, q: "hold" })).customer)).toEqual(["Waiting forever on hold"]);
    expect(await listVerbatims(a.actors.HR, { theme: attente.id, teamId: a.teams.T2 })).toMatchObject({ customer: [], employee: [] });
  });

  it("a theme without mirror leaves the other side empty and says so", async () => {
    const lonely = await db().theme.create({
      data: { organisationId: a.organisationId, side: "CUSTOMER", key: "solo", labelFr: "Seul", labelEn: "Alone", keywordsFr: ["aimable"] },
    });
    const found = await listVerbatims(a.actors.HR, { theme: lonely.id });
    expect(texts(found.customer)).toEqual(["Conseillère très aimable"]);
    expect(found.employee).toEqual([]);
    expect(found.theme).toEqual({ customer: expect.objectContaining({ id: lonely.id }), employee: null, noMirror: true });
  });

  it("answers not found for another organisation's theme or an unknown one, and refuses a malformed id", async () => {
    const foreign = await themeOf(b, "CUSTOMER", "attente");
    for (const role of ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE"] as const) {
      await expect(listVerbatims(a.actors[role], { theme: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(listVerbatims(a.actors.HR, { theme: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    for (const theme of ["not-an-id", "'; DROP TABLE x; --", ""]) {
      const refusal = listVerbatims(a.actors.HR, { theme });
      await expect(refusal).rejects.toBeInstanceOf(ExpectedError);
      await expect(refusal).rejects.not.toBeInstanceOf(NotFoundError);
    }
  });

  it("without theme or search, says nothing of themes", async () => {
    expect((await listVerbatims(a.actors.HR, {})).theme).toBeNull();
  });
});
