// Issue 15 §2: comments get their themes in PostgreSQL when they are written (triggers of
// migration verbatim_themes), again when a comment or a theme's keywords change, and only
// within their organisation and side. Every organisation starts with the mirrored defaults.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, pool } from "@/tests/db/owner-db";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { DEFAULT_THEME_PAIRS } from "@/lib/themes/defaults";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let other: OrgFixture;
/** Per organisation: the customer moment and an import batch its test answers belong to. */
const origin = new Map<string, { momentOfTruthId: string; importId: string }>();

async function prepareOrigin(organisationId: string) {
  const moment = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId, side: "CUSTOMER" } });
  const batch = await db().responseImport.create({ data: { organisationId, side: "CUSTOMER", customerRows: 20, employeeRows: 0 } });
  origin.set(organisationId, { momentOfTruthId: moment.id, importId: batch.id });
}

async function themeId(organisationId: string, side: "CUSTOMER" | "EMPLOYEE", key: string): Promise<string> {
  const theme = await db().theme.findUniqueOrThrow({ where: { organisationId_side_key: { organisationId, side, key } } });
  return theme.id;
}

async function customerThemes(responseId: string): Promise<string[]> {
  const rows = await pool().query<{ key: string }>(
    `SELECT t.key FROM "CustomerResponseTheme" l JOIN "Theme" t ON t.id = l."themeId" WHERE l."responseId" = $1::uuid`,
    [responseId],
  );
  return rows.rows.map((row) => row.key).sort();
}

async function employeeThemes(responseId: string): Promise<string[]> {
  const rows = await pool().query<{ key: string }>(
    `SELECT t.key FROM "EmployeeResponseTheme" l JOIN "Theme" t ON t.id = l."themeId" WHERE l."responseId" = $1::uuid`,
    [responseId],
  );
  return rows.rows.map((row) => row.key).sort();
}

async function addCustomer(organisationId: string, teamId: string, comment: string | null, locale: "fr" | "en" = "fr"): Promise<string> {
  const response = await db().customerResponse.create({
    data: {
      organisationId,
      teamId,
      ...origin.get(organisationId)!,
      channel: "PHONE",
      locale,
      submissionId: randomUUID(),
      score: 3,
      comment,
    },
  });
  return response.id;
}

async function addEmployee(organisationId: string, teamId: string, comment: string | null): Promise<string> {
  const response = await db().employeeResponse.create({
    data: { organisationId, teamId, period: new Date("2026-11-01"), score: 4, comment },
  });
  return response.id;
}

beforeAll(async () => {
  org = await createOrgFixture("themes-a", 1);
  other = await createOrgFixture("themes-b", 1);
  for (const fixture of [org, other]) await prepareOrigin(fixture.organisationId);
  // A comment written before the themes existed: matched when they are created.
  await addCustomer(other.organisationId, other.teams.T1, "Facture fausse et colis perdu");
  for (const fixture of [org, other]) await db().$transaction((tx) => createDefaultThemes(tx, fixture.organisationId));
});

describe("default themes", () => {
  it("every organisation gets the mirrored pairs, each pointing at the other, with their compiled queries", async () => {
    const themes = await db().theme.findMany({ where: { organisationId: org.organisationId } });
    expect(themes).toHaveLength(DEFAULT_THEME_PAIRS.length * 2);
    const byId = new Map(themes.map((theme) => [theme.id, theme]));
    for (const theme of themes) {
      const mirror = byId.get(theme.mirrorId!);
      expect(mirror?.side, theme.key).not.toBe(theme.side);
      expect(mirror?.mirrorId, theme.key).toBe(theme.id);
    }
    const { rows } = await pool().query(
      `SELECT count(*)::int AS n FROM "Theme" WHERE "organisationId" = $1 AND "queryFr" IS NOT NULL AND "queryEn" IS NOT NULL`,
      [org.organisationId],
    );
    expect(rows[0].n).toBe(themes.length);
  });

  it("matches the comments written before the themes existed", async () => {
    const [response] = await db().customerResponse.findMany({ where: { organisationId: other.organisationId, comment: { not: null } } });
    expect(await customerThemes(response!.id)).toEqual(["facturation", "livraison"]);
  });
});

describe("matching when a comment is written", () => {
  it("gives a customer comment the customer themes it talks about, in its language", async () => {
    const fr = await addCustomer(org.organisationId, org.teams.T1, "Une heure d'attente et la conseillère était désagréable");
    expect(await customerThemes(fr)).toEqual(["amabilite", "attente"]);
    const en = await addCustomer(org.organisationId, org.teams.T1, "I waited for ages and the invoice was wrong", "en");
    expect(await customerThemes(en)).toEqual(["attente", "facturation"]);
    expect(await customerThemes(await addCustomer(org.organisationId, org.teams.T1, null))).toEqual([]);
    expect(await customerThemes(await addCustomer(org.organisationId, org.teams.T1, "Parfait"))).toEqual([]);
  });

  it("gives an employee comment the employee themes, read in the organisation's language", async () => {
    const id = await addEmployee(org.organisationId, org.teams.T2, "Sous-effectif chronique et le CRM plante");
    expect(await employeeThemes(id)).toEqual(["outils", "sous_effectif"]);
  });

  it("matches a bulk insert in one statement, each comment with its own organisation's themes", async () => {
    await db().theme.update({
      where: { id: await themeId(other.organisationId, "CUSTOMER", "livraison") },
      data: { keywordsFr: ["colis", "facture"] },
    });
    const comments = ["Le colis est arrivé cassé", "Facture erronée", "Rien à dire"];
    await db().customerResponse.createMany({
      data: comments.flatMap((comment) =>
        [org, other].map((fixture) => ({
          organisationId: fixture.organisationId,
          teamId: fixture.teams.T1,
          ...origin.get(fixture.organisationId)!,
          channel: "CHAT" as const,
          locale: "fr" as const,
          submissionId: randomUUID(),
          score: 5,
          comment: `${comment} ${fixture === org ? "(a)" : "(b)"}`,
        })),
      ),
    });
    const rows = await db().customerResponse.findMany({
      where: { channel: "CHAT" },
      select: { id: true, comment: true, organisationId: true },
    });
    const themesOf = async (comment: string) => customerThemes(rows.find((row) => row.comment === comment)!.id);
    expect(await themesOf("Le colis est arrivé cassé (a)")).toEqual(["livraison"]);
    expect(await themesOf("Facture erronée (a)")).toEqual(["facturation"]);
    expect(await themesOf("Facture erronée (b)")).toEqual(["facturation", "livraison"]);
    expect(await themesOf("Rien à dire (a)")).toEqual([]);
    const crossed = await pool().query(
      `SELECT count(*)::int AS n FROM "CustomerResponseTheme" link
       JOIN "CustomerResponse" r ON r.id = link."responseId" JOIN "Theme" t ON t.id = link."themeId"
       WHERE r."organisationId" <> t."organisationId" OR link."organisationId" <> r."organisationId" OR t.side <> 'CUSTOMER'`,
      [],
    );
    expect(crossed.rows[0].n).toBe(0);
  });

  it("matches an edited comment again", async () => {
    const id = await addCustomer(org.organisationId, org.teams.T1, "Livraison en retard");
    expect(await customerThemes(id)).toEqual(["livraison"]);
    await db().customerResponse.update({ where: { id }, data: { comment: "Personne ne décroche au standard" } });
    expect(await customerThemes(id)).toEqual(["joignabilite"]);
    const employee = await addEmployee(org.organisationId, org.teams.T1, "Planning publié trop tard");
    await db().employeeResponse.update({ where: { id: employee }, data: { comment: "Aucune formation" } });
    expect(await employeeThemes(employee)).toEqual(["formation"]);
  });
});

describe("matching again when a theme changes", () => {
  it("re-matches every comment of the organisation and side when the keywords change, and none when it is deactivated", async () => {
    const id = await addCustomer(org.organisationId, org.teams.T3, "Le vendeur en boutique était génial");
    expect(await customerThemes(id)).toEqual([]);
    const amabilite = await themeId(org.organisationId, "CUSTOMER", "amabilite");
    await db().theme.update({ where: { id: amabilite }, data: { keywordsFr: ["génial", "aimable"] } });
    expect(await customerThemes(id)).toEqual(["amabilite"]);
    const before = await db().customerResponseTheme.count({ where: { themeId: amabilite } });
    await db().theme.update({ where: { id: amabilite }, data: { active: false } });
    expect(await db().customerResponseTheme.count({ where: { themeId: amabilite } })).toBe(0);
    await db().theme.update({ where: { id: amabilite }, data: { active: true } });
    expect(await db().customerResponseTheme.count({ where: { themeId: amabilite } })).toBe(before);
    const { rows } = await pool().query(`SELECT public.symetrie_rematch_theme($1) AS n`, [amabilite]);
    expect(rows[0].n).toBe(before);
  });

  it("a theme with no keyword at all is refused by the database", async () => {
    const suivi = await themeId(org.organisationId, "CUSTOMER", "suivi");
    await expect(db().theme.update({ where: { id: suivi }, data: { keywordsFr: [], keywordsEn: [] } })).rejects.toThrow();
    expect((await db().theme.findUniqueOrThrow({ where: { id: suivi } })).keywordsFr.length).toBeGreaterThan(0);
  });
});
