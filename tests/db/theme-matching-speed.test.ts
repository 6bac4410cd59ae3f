// Issue 15 "Speed" (migration theme_matching_speed): the bulk insert triggers screen each comment
// with the OR of its organisation's themes, skip organisations without active themes, read the
// employee language once per organisation, and the link tables lost their organisation foreign
// key, then their answer and theme ones (migration theme_links_delete_triggers). Same links as
// matching every comment against every active theme, and deleting an organisation still removes its links.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, pool } from "@/tests/db/owner-db";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { THEME_CORPUS, THEME_HELDOUT } from "@/tests/fixtures/theme-corpus";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let french: OrgFixture;
let english: OrgFixture;
let quiet: OrgFixture;
const COMMENTS = [...THEME_CORPUS, ...THEME_HELDOUT].map((comment) => comment.text);

/** The links the definition of migration verbatim_themes gives: every comment against every active theme. */
const EXPECTED = `
  SELECT r.id AS "responseId", t.id AS "themeId", r."organisationId" FROM "CustomerResponse" r
  JOIN "Theme" t ON t."organisationId" = r."organisationId" AND t.side = 'CUSTOMER' AND t.active
  WHERE r."organisationId" = ANY($1::uuid[]) AND r.comment <> ''
    AND to_tsvector(CASE WHEN r.locale = 'en' THEN 'symetrie_en' ELSE 'symetrie_fr' END::regconfig, r.comment)
      @@ (CASE WHEN r.locale = 'en' THEN t."queryEn" ELSE t."queryFr" END)
  UNION ALL
  SELECT r.id, t.id, r."organisationId" FROM "EmployeeResponse" r JOIN "Organisation" o ON o.id = r."organisationId"
  JOIN "Theme" t ON t."organisationId" = r."organisationId" AND t.side = 'EMPLOYEE' AND t.active
  WHERE r."organisationId" = ANY($1::uuid[]) AND r.comment <> ''
    AND to_tsvector(CASE WHEN o."defaultLocale" = 'en' THEN 'symetrie_en' ELSE 'symetrie_fr' END::regconfig, r.comment)
      @@ (CASE WHEN o."defaultLocale" = 'en' THEN t."queryEn" ELSE t."queryFr" END)`;
const ACTUAL = `
  SELECT "responseId", "themeId", "organisationId" FROM "CustomerResponseTheme" WHERE "organisationId" = ANY($1::uuid[])
  UNION ALL
  SELECT "responseId", "themeId", "organisationId" FROM "EmployeeResponseTheme" WHERE "organisationId" = ANY($1::uuid[])`;

async function linkCount(organisationId: string): Promise<number> {
  const { rows } = await pool().query(
    `SELECT (SELECT count(*) FROM "CustomerResponseTheme" WHERE "organisationId" = $1)
          + (SELECT count(*) FROM "EmployeeResponseTheme" WHERE "organisationId" = $1) AS n`,
    [organisationId],
  );
  return Number(rows[0].n);
}

beforeAll(async () => {
  french = await createOrgFixture("speed-fr", 1);
  english = await createOrgFixture("speed-en", 1);
  quiet = await createOrgFixture("speed-quiet", 1);
  await db().organisation.update({ where: { id: english.organisationId }, data: { defaultLocale: "en" } });
  for (const fixture of [french, english, quiet]) await db().$transaction((tx) => createDefaultThemes(tx, fixture.organisationId));
  await db().theme.updateMany({ where: { organisationId: quiet.organisationId }, data: { active: false } });

  // One statement per side, the three organisations mixed, as a bulk import or a release writes them.
  const orgs = [french, english, quiet];
  const origins: { organisationId: string; teamId: string; momentOfTruthId: string; importId: string }[] = [];
  for (const fixture of orgs) {
    const moment = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: fixture.organisationId, side: "CUSTOMER" } });
    const batch = await db().responseImport.create({
      data: { organisationId: fixture.organisationId, side: "CUSTOMER", customerRows: COMMENTS.length, employeeRows: 0 },
    });
    origins.push({ organisationId: fixture.organisationId, teamId: fixture.teams.T1, momentOfTruthId: moment.id, importId: batch.id });
  }
  const rows = orgs.flatMap((_, o) => COMMENTS.map((comment, i) => ({ ...origins[o]!, comment: i % 7 === 6 ? "" : comment, i })));
  await db().customerResponse.createMany({
    data: rows.map((row) => ({
      organisationId: row.organisationId,
      teamId: row.teamId,
      momentOfTruthId: row.momentOfTruthId,
      importId: row.importId,
      channel: "PHONE" as const,
      locale: row.i % 3 === 0 ? ("en" as const) : ("fr" as const),
      submissionId: randomUUID(),
      score: row.i % 11,
      comment: row.comment,
    })),
  });
  await db().employeeResponse.createMany({
    data: rows.map((row) => ({
      organisationId: row.organisationId,
      teamId: row.teamId,
      period: new Date("2026-11-01"),
      score: row.i % 11,
      comment: row.i % 5 === 4 ? null : row.comment,
    })),
  });
});

describe("bulk insert matching", () => {
  it("gives exactly the links of every comment tested against every active theme, both sides, both languages", async () => {
    const ids = [french.organisationId, english.organisationId, quiet.organisationId];
    const missing = await pool().query(`(${EXPECTED}) EXCEPT ALL (${ACTUAL})`, [ids]);
    const extra = await pool().query(`(${ACTUAL}) EXCEPT ALL (${EXPECTED})`, [ids]);
    expect({ missing: missing.rowCount, extra: extra.rowCount }).toEqual({ missing: 0, extra: 0 });
    const { rows } = await pool().query(
      `SELECT (SELECT count(*)::int FROM "CustomerResponseTheme" WHERE "organisationId" = $1) AS customer,
              (SELECT count(*)::int FROM "EmployeeResponseTheme" WHERE "organisationId" = $1) AS employee`,
      [english.organisationId],
    );
    expect(rows[0].customer).toBeGreaterThan(COMMENTS.length / 4);
    expect(rows[0].employee).toBeGreaterThan(0);
  });

  it("an organisation whose themes are all inactive gets no link", async () => {
    expect(await linkCount(quiet.organisationId)).toBe(0);
  });
});

describe("the link tables without any foreign key (migration theme_links_delete_triggers)", () => {
  it("have none: statement-level delete triggers on the answers and the themes remove their links", async () => {
    const { rows } = await pool().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_constraint c JOIN pg_class src ON src.oid = c.conrelid
       WHERE c.contype = 'f' AND src.relname IN ('CustomerResponseTheme', 'EmployeeResponseTheme')`,
    );
    expect(rows[0]!.n).toBe(0);
    const triggers = await pool().query<{ name: string }>(
      `SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE '%delete' AND tgname LIKE ANY (ARRAY['%themes%', '%links%']) ORDER BY 1`,
    );
    expect(triggers.rows.map((row) => row.name)).toEqual([
      "CustomerResponse_themes_delete",
      "EmployeeResponse_themes_delete",
      "Theme_links_delete",
    ]);
  });

  it("deleting an organisation still removes all its links, and only its own", async () => {
    const before = await linkCount(english.organisationId);
    expect(await linkCount(french.organisationId)).toBeGreaterThan(0);
    await db().organisation.delete({ where: { id: french.organisationId } });
    expect(await linkCount(french.organisationId)).toBe(0);
    expect(await linkCount(english.organisationId)).toBe(before);
  });
});
