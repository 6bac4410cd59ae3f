// Migration theme_links_delete_triggers: the link tables have no foreign key left, so the links of
// a deleted answer or theme go through statement-level delete triggers instead of ON DELETE
// CASCADE. Deleting an answer (one or many in a statement), a theme, an import (its answers by
// cascade) or a whole organisation removes exactly their links, and a link never joins an answer
// to a theme of another organisation, whatever path wrote it.
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiPrincipal } from "@/lib/auth/actor-types";
import { apiScopes } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db, pool } from "@/tests/db/owner-db";
import { createDefaultThemes } from "@/lib/db/internal/organisations/create-themes";
import { deleteResponseImport } from "@/lib/db/response-imports/delete-response-import";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let a: OrgFixture;
let b: OrgFixture;
const moments = new Map<string, string>();

const CUSTOMER_COMMENTS = [
  "Une heure d'attente et la conseillère était désagréable",
  "Facture fausse et colis perdu",
  "Personne ne répond au standard, impossible de joindre quelqu'un",
  "Rien à signaler",
];
const EMPLOYEE_COMMENTS = [
  "On est en sous-effectif, le planning change tout le temps",
  "Trop d'appels et pas assez de monde",
  "Bonne ambiance, on se sent reconnus",
  "Rien à signaler",
];

type Side = "Customer" | "Employee";

async function newImport(organisationId: string): Promise<string> {
  const batch = await db().responseImport.create({ data: { organisationId, customerRows: 4, employeeRows: 4 } });
  return batch.id;
}

/** One INSERT for the comments of several organisations mixed, as an import or a release writes them. */
async function insertCustomers(rows: { org: OrgFixture; importId: string }[]): Promise<string[]> {
  const orgIds = rows.flatMap(({ org }) => CUSTOMER_COMMENTS.map(() => org.organisationId));
  const { rows: inserted } = await pool().query<{ id: string }>(
    `INSERT INTO "CustomerResponse" (id, "organisationId", "importId", "teamId", "momentOfTruthId", channel, locale, "submissionId", score, comment)
     SELECT gen_random_uuid(), o, i, t, m, 'PHONE', 'fr', gen_random_uuid(), 5, c
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) AS u(o, i, t, m, c) RETURNING id`,
    [
      orgIds,
      rows.flatMap(({ importId }) => CUSTOMER_COMMENTS.map(() => importId)),
      rows.flatMap(({ org }) => CUSTOMER_COMMENTS.map(() => org.teams.T1)),
      orgIds.map((id) => moments.get(id)!),
      rows.flatMap(() => CUSTOMER_COMMENTS),
    ],
  );
  return inserted.map((row) => row.id);
}

async function insertEmployees(rows: { org: OrgFixture; importId: string }[]): Promise<string[]> {
  const { rows: inserted } = await pool().query<{ id: string }>(
    `INSERT INTO "EmployeeResponse" (id, "organisationId", "importId", "teamId", period, score, comment)
     SELECT gen_random_uuid(), o, i, t, date '2026-11-01', 5, c
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS u(o, i, t, c) RETURNING id`,
    [
      rows.flatMap(({ org }) => EMPLOYEE_COMMENTS.map(() => org.organisationId)),
      rows.flatMap(({ importId }) => EMPLOYEE_COMMENTS.map(() => importId)),
      rows.flatMap(({ org }) => EMPLOYEE_COMMENTS.map(() => org.teams.T1)),
      rows.flatMap(() => EMPLOYEE_COMMENTS),
    ],
  );
  return inserted.map((row) => row.id);
}

async function linksOf(side: Side, column: "responseId" | "themeId" | "organisationId", ids: string[]): Promise<number> {
  const { rows } = await pool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "${side}ResponseTheme" WHERE "${column}" = ANY($1::uuid[])`,
    [ids],
  );
  return rows[0]!.n;
}

/** [customer links, employee links] of the given answers, themes or organisations. */
async function both(column: "responseId" | "themeId" | "organisationId", customerIds: string[], employeeIds: string[]): Promise<number[]> {
  return [await linksOf("Customer", column, customerIds), await linksOf("Employee", column, employeeIds)];
}

async function themeOf(org: OrgFixture, side: "CUSTOMER" | "EMPLOYEE", key: string): Promise<string> {
  const theme = await db().theme.findUniqueOrThrow({
    where: { organisationId_side_key: { organisationId: org.organisationId, side, key } },
  });
  return theme.id;
}

/** Links of the two organisations that lost their answer or theme, or join another organisation or side. */
async function brokenLinks(): Promise<number> {
  const orgs = [a.organisationId, b.organisationId];
  const { rows } = await pool().query<{ n: number }>(
    `SELECT (SELECT count(*) FROM "CustomerResponseTheme" l
               LEFT JOIN "CustomerResponse" r ON r.id = l."responseId" LEFT JOIN "Theme" t ON t.id = l."themeId"
             WHERE (l."organisationId" = ANY($1::uuid[]) OR r."organisationId" = ANY($1::uuid[]) OR t."organisationId" = ANY($1::uuid[]))
               AND (r.id IS NULL OR t.id IS NULL OR r."organisationId" <> l."organisationId" OR t."organisationId" <> l."organisationId" OR t.side <> 'CUSTOMER'))::int
          + (SELECT count(*) FROM "EmployeeResponseTheme" l
               LEFT JOIN "EmployeeResponse" r ON r.id = l."responseId" LEFT JOIN "Theme" t ON t.id = l."themeId"
             WHERE (l."organisationId" = ANY($1::uuid[]) OR r."organisationId" = ANY($1::uuid[]) OR t."organisationId" = ANY($1::uuid[]))
               AND (r.id IS NULL OR t.id IS NULL OR r."organisationId" <> l."organisationId" OR t."organisationId" <> l."organisationId" OR t.side <> 'EMPLOYEE'))::int AS n`,
    [orgs],
  );
  return rows[0]!.n;
}

let customers: string[];
let employees: string[];

beforeAll(async () => {
  a = await createOrgFixture("links-delete-a", 1);
  b = await createOrgFixture("links-delete-b", 1);
  for (const org of [a, b]) {
    await db().$transaction((tx) => createDefaultThemes(tx, org.organisationId));
    const moment = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, side: "CUSTOMER" } });
    moments.set(org.organisationId, moment.id);
  }
  const rows = [
    { org: a, importId: await newImport(a.organisationId) },
    { org: b, importId: await newImport(b.organisationId) },
  ];
  customers = await insertCustomers(rows);
  employees = await insertEmployees(rows);
});

describe("links stay within their organisation", () => {
  it("comments of two organisations inserted together get only their own organisation's themes", async () => {
    for (const org of [a, b]) {
      expect(await linksOf("Customer", "organisationId", [org.organisationId])).toBeGreaterThan(2);
      expect(await linksOf("Employee", "organisationId", [org.organisationId])).toBeGreaterThan(2);
    }
    expect(await linksOf("Customer", "organisationId", [a.organisationId])).toBe(
      await linksOf("Customer", "organisationId", [b.organisationId]),
    );
    expect(await brokenLinks()).toBe(0);
  });

  it("so do a keyword change, a comment edit and a new theme", async () => {
    await db().theme.update({ where: { id: await themeOf(a, "CUSTOMER", "attente") }, data: { keywordsFr: { push: "rien" } } });
    await db().customerResponse.update({ where: { id: customers[7]! }, data: { comment: "Colis perdu, aucune attente" } });
    await db().theme.create({
      data: {
        organisationId: b.organisationId,
        side: "EMPLOYEE",
        key: "signal",
        labelFr: "Signal",
        labelEn: "Signal",
        keywordsFr: ["signaler"],
        keywordsEn: [],
      },
    });
    expect(await linksOf("Employee", "themeId", [await themeOf(b, "EMPLOYEE", "signal")])).toBe(1);
    expect(await brokenLinks()).toBe(0);
  });
});

describe("deleting", () => {
  it("an answer removes its links, and only its", async () => {
    const [customer, other] = [customers[0]!, customers[1]!];
    const [employee, otherEmployee] = [employees[0]!, employees[1]!];
    const kept = await both("responseId", [other], [otherEmployee]);
    expect(Math.min(...(await both("responseId", [customer], [employee])))).toBeGreaterThan(0);
    await db().customerResponse.delete({ where: { id: customer } });
    await db().employeeResponse.delete({ where: { id: employee } });
    expect(await both("responseId", [customer], [employee])).toEqual([0, 0]);
    expect(await both("responseId", [other], [otherEmployee])).toEqual(kept);
  });

  it("several answers in one statement removes all their links", async () => {
    const ids = customers.slice(1, 3);
    expect(await linksOf("Customer", "responseId", ids)).toBeGreaterThan(1);
    const { count } = await db().customerResponse.deleteMany({ where: { id: { in: ids } } });
    expect(count).toBe(2);
    expect(await linksOf("Customer", "responseId", ids)).toBe(0);
    expect(await brokenLinks()).toBe(0);
  });

  it("a theme removes its links, not its mirror's nor another organisation's", async () => {
    const rows = [
      { org: a, importId: await newImport(a.organisationId) },
      { org: b, importId: await newImport(b.organisationId) },
    ];
    await insertCustomers(rows);
    await insertEmployees(rows);
    const customerTheme = await themeOf(a, "CUSTOMER", "livraison");
    const employeeTheme = await themeOf(a, "EMPLOYEE", "sous_effectif");
    const others = [await themeOf(b, "CUSTOMER", "livraison"), await themeOf(b, "EMPLOYEE", "sous_effectif")];
    // The mirror of the employee theme deleted: a customer theme of the same organisation.
    const { mirrorId } = await db().theme.findUniqueOrThrow({ where: { id: employeeTheme } });
    const kept = [
      await linksOf("Customer", "themeId", [others[0]!]),
      await linksOf("Employee", "themeId", [others[1]!]),
      await linksOf("Customer", "themeId", [mirrorId!]),
    ];
    expect(kept[2]).toBeGreaterThan(0);
    expect(Math.min(...(await both("themeId", [customerTheme], [employeeTheme])))).toBeGreaterThan(0);
    await db().theme.delete({ where: { id: customerTheme } });
    await db().theme.delete({ where: { id: employeeTheme } });
    expect(await both("themeId", [customerTheme], [employeeTheme])).toEqual([0, 0]);
    expect([
      await linksOf("Customer", "themeId", [others[0]!]),
      await linksOf("Employee", "themeId", [others[1]!]),
      await linksOf("Customer", "themeId", [mirrorId!]),
    ]).toEqual(kept);
    expect(await brokenLinks()).toBe(0);
  });

  it("an import (its answers go by cascade) removes its answers' links", async () => {
    const created = await createApiKeyForOrganisation("links-delete-a", "links delete test", apiScopes);
    const key: ApiPrincipal = {
      kind: "apiKey",
      organisationId: created.organisationId,
      apiKeyId: created.id,
      name: created.name,
      scopes: apiScopes,
    };
    const importId = await newImport(a.organisationId);
    const imported = [...(await insertCustomers([{ org: a, importId }])), ...(await insertEmployees([{ org: a, importId }]))];
    const orgLinks = () => both("organisationId", [a.organisationId], [a.organisationId]);
    const before = await orgLinks();
    const own = await both("responseId", imported, imported);
    expect(Math.min(...own)).toBeGreaterThan(0);
    await deleteResponseImport(key, importId);
    expect(await both("responseId", imported, imported)).toEqual([0, 0]);
    expect(await orgLinks()).toEqual([before[0]! - own[0]!, before[1]! - own[1]!]);
  });

  it("an organisation removes all its links, and only its own", async () => {
    const ofA = () => both("organisationId", [a.organisationId], [a.organisationId]);
    const ofB = () => both("organisationId", [b.organisationId], [b.organisationId]);
    const kept = await ofA();
    expect(Math.min(...(await ofB()))).toBeGreaterThan(0);
    await db().organisation.delete({ where: { id: b.organisationId } });
    expect(await ofB()).toEqual([0, 0]);
    expect(await ofA()).toEqual(kept);
    expect(await brokenLinks()).toBe(0);
  });
});
