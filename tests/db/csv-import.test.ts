// The contact CSV import against real PostgreSQL: the preview stores nothing and reports
// each bad row by line and field (teams and moments of truth included); the import stores
// exactly the valid rows, is idempotent on externalId, and refuses roles without the right.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { importContactsCsv } from "@/lib/db/contacts/import-contacts-csv";
import { previewContactsCsv } from "@/lib/db/contacts/preview-contacts-csv";
import { ForbiddenError } from "@/lib/errors";
import { UNKNOWN_MOMENT_MESSAGE } from "@/lib/surveys/contact-schema";
import { createOrgFixture, type OrgFixture } from "./fixtures";

const BASE = { baseUrl: "https://nps.example.test" };
let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  a = await createOrgFixture("csva", 0);
  b = await createOrgFixture("csvb", 0);
});

const count = () => db().contact.count({ where: { organisationId: a.organisationId } });

// French Excel style: BOM, semicolons, CRLF. Lines 3, 5, 6, 7 and 8 are wrong.
const file = (prefix: string) =>
  [
    "\uFEFFexternalId;teamExternalId;channel;momentOfTruth;locale;customerEmail;occurredAt",
    `${prefix}-1;csva-T1;phone;complaint;fr;Claire@Example.fr;2026-11-02T09:30:00+01:00`,
    `${prefix}-2;csva-T1;fax;complaint;fr;;`,
    `${prefix}-3;csva-T2;chat;complaint;en;;`,
    `${prefix}-4;csvb-T1;phone;complaint;fr;;`,
    `${prefix}-5;csva-T1;phone;nope;de;not-an-email;`,
    `${prefix}-6;csva-T1;phone;complaint;fr;;;extra`,
    `"${prefix}-7;csva-T1;phone;complaint;fr;;`,
  ].join("\r\n");

describe("previewContactsCsv", () => {
  it("counts, samples and reports errors by line and field, storing nothing", async () => {
    const before = await count();
    const preview = await previewContactsCsv(a.actors.CX, file("prev"));
    expect(await count()).toBe(before);
    if (!preview.ok) throw new Error(JSON.stringify(preview.problem));
    expect(preview).toMatchObject({ delimiter: ";", totalRows: 7, validRows: 2, invalidRows: 5 });
    expect(preview.sample.map((row) => [row.line, row.valid])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, false],
      [6, false],
    ]);
    expect(preview.errors.map((e) => [e.line, e.field])).toEqual([
      [3, "channel"],
      [5, "teamExternalId"], // another organisation's team is simply unknown
      [6, "locale"],
      [6, "customerEmail"],
      [7, ""],
      [8, ""],
    ]);
    expect(preview.errors.find((e) => e.line === 5)?.message).toBe("unknown team");
  });

  it("reports an unknown moment of truth once the row is otherwise valid", async () => {
    const preview = await previewContactsCsv(a.actors.ADMIN, "teamExternalId,channel,momentOfTruth,locale\ncsva-T1,phone,nope,fr\n");
    expect(preview.ok && preview.errors).toEqual([{ line: 2, field: "momentOfTruth", message: UNKNOWN_MOMENT_MESSAGE }]);
  });
});

describe("importContactsCsv", () => {
  it("stores the valid rows only, reports the others by line, and is idempotent", async () => {
    const before = await count();
    const result = await importContactsCsv(a.actors.CX, file("imp"), BASE);
    expect(result).toMatchObject({ ok: true, created: 2, existing: 0, invalidRows: 5, errorCount: 6 });
    expect(result.ok && result.errors.map((e) => e.line)).toEqual([3, 5, 6, 6, 7, 8]);
    expect(await count()).toBe(before + 2);
    const stored = await db().contact.findMany({
      where: { organisationId: a.organisationId, externalId: { startsWith: "imp-" } },
      orderBy: { externalId: "asc" },
    });
    expect(stored.map((c) => c.externalId)).toEqual(["imp-1", "imp-3"]);
    expect(stored[0]).toMatchObject({
      teamId: a.teams.T1,
      channel: "PHONE",
      locale: "fr",
      customerEmail: "claire@example.fr",
      emailStatus: "PENDING",
    });
    expect(stored[0]!.occurredAt.toISOString()).toBe("2026-11-02T08:30:00.000Z");
    expect(stored[1]).toMatchObject({ teamId: a.teams.T2, channel: "CHAT", locale: "en", customerEmail: null, emailStatus: "NONE" });
    expect(stored.every((c) => c.tokenHash.length === 32 && c.linkExpiresAt > new Date() && c.linkUsedAt === null)).toBe(true);

    const again = await importContactsCsv(a.actors.ADMIN, file("imp"), BASE);
    expect(again).toMatchObject({ ok: true, created: 0, existing: 2, invalidRows: 5 });
    expect(await count()).toBe(before + 2);
  });

  it("stores nothing when the file is wrong as a whole", async () => {
    const before = await count();
    const result = await importContactsCsv(a.actors.CX, "externalId,team,channel\nX,csva-T1,phone\n", BASE);
    expect(result).toEqual({ ok: false, problem: { code: "unknownColumns", columns: ["team"] } });
    expect(await count()).toBe(before);
  });

  it.each(["HR", "MANAGER", "EMPLOYEE"] as const)("refuses %s (no contacts:manage) and stores nothing", async (role) => {
    const before = await count();
    await expect(importContactsCsv(a.actors[role], file(`role-${role}`), BASE)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewContactsCsv(a.actors[role], file(`role-${role}`))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await count()).toBe(before);
  });

  it("imports into the actor's own organisation only", async () => {
    const result = await importContactsCsv(
      b.actors.CX,
      "externalId,teamExternalId,channel,momentOfTruth,locale\nB-1,csvb-T3,store,complaint,en\nB-2,csva-T3,store,complaint,en\n",
      BASE,
    );
    expect(result).toMatchObject({ ok: true, created: 1, invalidRows: 1 });
    expect(await db().contact.count({ where: { externalId: { startsWith: "B-" }, organisationId: a.organisationId } })).toBe(0);
  });
});
