// Issue 13 §3–4 through the real route handlers: GET /api/v1/catalogue (scope, tenant, shape,
// retired entries), momentOfTruth optional on contacts with the "non_precise" default (and a
// retired or unknown key refused with nothing stored), the migration's backfill of that default,
// and the contact QR codes (scope, 404 for a foreign id, 410 once used or expired).
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCatalogueRoute } from "@/app/api/v1/catalogue/route";
import { POST as postContact } from "@/app/api/v1/contacts/route";
import { GET as getQrPng } from "@/app/api/v1/contacts/[id]/qr.png/route";
import { GET as getQrSvg } from "@/app/api/v1/contacts/[id]/qr.svg/route";
import { apiScopes, type ApiScope } from "@/lib/auth/api-scopes";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { getCatalogue } from "@/lib/db/catalogue-api/get-catalogue";
import { getContactLink } from "@/lib/db/contacts/get-contact-link";
import { db, pool } from "@/tests/db/owner-db";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { ForbiddenError } from "@/lib/errors";
import type { RouteContext } from "@/lib/http/api-route";
import { ZCatalogue } from "@/lib/http/catalogue-api-schemas";
import { openApiDocument } from "@/lib/http/openapi";
import { DEFAULT_CUSTOMER_MOMENTS } from "@/lib/surveys/defaults";
import { createOrgFixture, type OrgFixture } from "./fixtures";

const BASE = "http://localhost/api/v1";
let a: OrgFixture;
let b: OrgFixture;
let keyA: string;
let keyB: string;

type Handler = (request: Request, context?: RouteContext) => Promise<Response>;
const get = (handler: Handler, url: string, key: string, params: Record<string, string> = {}) =>
  handler(new Request(`${BASE}${url}`, { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve(params) });
const post = (body: unknown, key = keyA) =>
  postContact(
    new Request(`${BASE}/contacts`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
const keyWith = async (slug: string, scopes: readonly ApiScope[]) =>
  (await createApiKeyForOrganisation(slug, `key of ${scopes.length} scopes`, scopes)).key;
const contactCount = () => db().contact.count({ where: { organisationId: a.organisationId } });

beforeAll(async () => {
  a = await createOrgFixture("cat-alpha", 0);
  b = await createOrgFixture("cat-beta", 0);
  for (const org of [a, b]) await db().$transaction((tx) => createDefaultCatalogues(tx, org.organisationId));
  // B's catalogue carries markers that must never show in A's answers.
  await db().momentOfTruth.create({
    data: { organisationId: b.organisationId, side: "CUSTOMER", key: "beta_only", labelFr: "Bêta secret", labelEn: "Beta secret" },
  });
  await db().momentOfTruth.updateMany({ where: { organisationId: a.organisationId, key: "panne" }, data: { active: false } });
  keyA = await keyWith("cat-alpha", apiScopes);
  keyB = await keyWith("cat-beta", apiScopes);
});

describe("GET /api/v1/catalogue", () => {
  it("refuses a key without catalogue:read (403, says which scope)", async () => {
    const without = await keyWith(
      "cat-alpha",
      apiScopes.filter((scope) => scope !== "catalogue:read"),
    );
    const response = await get(getCatalogueRoute, "/catalogue", without);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toContain('"catalogue:read" scope');
  });

  it("answers the documented shape with the key's organisation's active entries only", async () => {
    const response = await get(getCatalogueRoute, "/catalogue", await keyWith("cat-alpha", ["catalogue:read"]));
    expect(response.status).toBe(200);
    const body = ZCatalogue.parse(await response.json());
    expect(body.channels.map((c) => c.key)).toEqual(["phone", "email", "chat", "store", "field"]);
    expect(body.channels[0]).toEqual({ key: "phone", labelFr: "Téléphone", labelEn: "Phone" });
    const customerKeys = body.customer.momentsOfTruth.map((m) => m.key);
    expect(customerKeys).toContain("reclamation");
    expect(customerKeys).toContain("non_precise");
    expect(customerKeys).not.toContain("panne"); // retired
    expect(customerKeys).not.toContain("beta_only"); // another organisation's
    expect(body.customer.defaultMomentOfTruth).toBe("non_precise");
    expect(body.customer.momentsOfTruth.find((m) => m.key === "non_precise")).toMatchObject({
      labelFr: "Non précisé",
      labelEn: "Unspecified",
    });
    expect(body.employee.momentsOfTruth.length).toBeGreaterThan(0);
    expect(body.itemPairs.length).toBeGreaterThan(0);
    expect(body.itemPairs[0]!.customer.textFr).not.toBe("");
    const attente = body.customer.irritants.find((i) => i.key === "attente");
    expect(attente?.mirrorKey).not.toBeNull();
    expect(body.employee.irritants.map((i) => i.key)).toContain(attente!.mirrorKey);
    expect(JSON.stringify(body)).not.toContain("Bêta secret");
  });

  it("another organisation's key sees its own catalogue", async () => {
    const body = ZCatalogue.parse(await (await get(getCatalogueRoute, "/catalogue", keyB)).json());
    expect(body.customer.momentsOfTruth.map((m) => m.key)).toContain("beta_only");
    expect(body.customer.momentsOfTruth.map((m) => m.key)).toContain("panne");
  });

  it("follows the policy for people: ADMIN, HR and CX read it, a MANAGER cannot", async () => {
    for (const role of ["ADMIN", "HR", "CX"] as const) await expect(getCatalogue(a.actors[role])).resolves.toBeTruthy();
    await expect(getCatalogue(a.actors.MANAGER)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCatalogue(a.actors.EMPLOYEE)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("is in openapi.json with its scope", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { security?: unknown }>> };
    expect(doc.paths["/api/v1/catalogue"]!.get!.security).toEqual([{ apiKey: ["catalogue:read"] }]);
    expect(doc.paths["/api/v1/contacts/{id}/qr.svg"]!.get!.security).toEqual([{ apiKey: ["contacts:write"] }]);
  });
});

describe("momentOfTruth is optional on contacts", () => {
  it("left out: the organisation's non_precise moment applies", async () => {
    const response = await post({ teamExternalId: "cat-alpha-T1", channel: "phone", locale: "fr" });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const contact = await db().contact.findUniqueOrThrow({ where: { id }, include: { momentOfTruth: true } });
    expect(contact.momentOfTruth).toMatchObject({ key: "non_precise", side: "CUSTOMER", organisationId: a.organisationId });
  });

  it.each([
    ["retired", "panne"],
    ["unknown", "complaint_typo"],
    ["another organisation's", "beta_only"],
  ])("a %s key → 422 pointing to GET /api/v1/catalogue, nothing stored", async (_what, momentOfTruth) => {
    const before = await contactCount();
    const response = await post({ teamExternalId: "cat-alpha-T1", channel: "phone", locale: "fr", momentOfTruth });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Array<{ field: string; message: string }> };
    expect(body.errors).toEqual([{ field: "momentOfTruth", message: expect.stringContaining("GET /api/v1/catalogue") }]);
    expect(await contactCount()).toBe(before);
  });

  it("left out while the default is retired → 422 saying so, nothing stored", async () => {
    const before = await db().contact.count({ where: { organisationId: b.organisationId } });
    await db().momentOfTruth.updateMany({ where: { organisationId: b.organisationId, key: "non_precise" }, data: { active: false } });
    try {
      const response = await post({ teamExternalId: "cat-beta-T1", channel: "phone", locale: "fr" }, keyB);
      expect(response.status).toBe(422);
      expect(JSON.stringify(await response.json())).toContain("no momentOfTruth given");
      expect(await db().contact.count({ where: { organisationId: b.organisationId } })).toBe(before);
    } finally {
      await db().momentOfTruth.updateMany({ where: { organisationId: b.organisationId, key: "non_precise" }, data: { active: true } });
    }
  });
});

describe("the migration's backfill of non_precise", () => {
  const insert = () => {
    const dir = path.resolve(__dirname, "../../prisma/migrations");
    const name = fs.readdirSync(dir).find((d) => d.endsWith("_catalogue_scope_default_moment"))!;
    const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    return sql.slice(sql.indexOf("INSERT INTO"));
  };

  it("adds it, last, to an organisation that lacks it, and never twice", async () => {
    const org = await createOrgFixture("cat-old", 0);
    const where = { organisationId: org.organisationId, key: "non_precise" };
    expect(await db().momentOfTruth.count({ where })).toBe(0);
    await pool().query(insert());
    await pool().query(insert());
    const added = await db().momentOfTruth.findMany({ where });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ side: "CUSTOMER", labelFr: "Non précisé", labelEn: "Unspecified", active: true, position: 1 });
    expect(await db().momentOfTruth.count({ where: { organisationId: a.organisationId, key: "non_precise" } })).toBe(1);
  });

  it("new organisations get it with the defaults", () => {
    expect(DEFAULT_CUSTOMER_MOMENTS.map((m) => m.key)).toContain("non_precise");
  });
});

describe("GET /api/v1/contacts/{id}/qr.svg and qr.png", () => {
  let contactId: string;
  beforeAll(async () => {
    const response = await post({ teamExternalId: "cat-alpha-T2", channel: "store", locale: "en", momentOfTruth: "reclamation" });
    contactId = ((await response.json()) as { id: string }).id;
  });

  it("draws the link as SVG and PNG", async () => {
    const svg = await get(getQrSvg, `/contacts/${contactId}/qr.svg`, keyA, { id: contactId });
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(svg.headers.get("cache-control")).toContain("no-store");
    expect(await svg.text()).toMatch(/^<svg[^>]*>.*<path/s);
    const png = await get(getQrPng, `/contacts/${contactId}/qr.png`, keyA, { id: contactId });
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await png.arrayBuffer()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("encodes the contact's own link", async () => {
    const link = await getContactLink(a.actors.CX, contactId);
    expect(link.path).toMatch(/^\/en\/r\/[A-Za-z0-9_-]{22}$/);
    expect(link.organisationName).toBe("Org cat-alpha");
  });

  it("needs contacts:write", async () => {
    const without = await keyWith(
      "cat-alpha",
      apiScopes.filter((scope) => scope !== "contacts:write"),
    );
    expect((await get(getQrSvg, `/contacts/${contactId}/qr.svg`, without, { id: contactId })).status).toBe(403);
  });

  it("404 for another organisation's, an unknown or a malformed id", async () => {
    for (const id of [contactId, "0190a000-0000-7000-8000-000000000000", "nope"]) {
      const key = id === contactId ? keyB : keyA;
      expect((await get(getQrSvg, `/contacts/${id}/qr.svg`, key, { id })).status).toBe(404);
    }
    await expect(getContactLink(b.actors.ADMIN, contactId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getContactLink(a.actors.MANAGER, contactId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("410 once the link is used or expired", async () => {
    const make = async () =>
      ((await (await post({ teamExternalId: "cat-alpha-T2", channel: "phone", locale: "fr" })).json()) as { id: string }).id;
    const used = await make();
    await db().contact.update({ where: { id: used }, data: { linkUsedAt: new Date() } });
    const expired = await make();
    await db().contact.update({ where: { id: expired }, data: { linkExpiresAt: new Date(Date.now() - 1000) } });
    for (const id of [used, expired]) {
      const response = await get(getQrPng, `/contacts/${id}/qr.png`, keyA, { id });
      expect(response.status).toBe(410);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});
