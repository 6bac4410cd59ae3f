// The contacts list against real PostgreSQL: keyset pages that are stable and complete both ways,
// every filter against a model of the rows, the computed link state, masked emails (full ones only
// in the export), counts that agree with the list, and the policy: ADMIN and CX of the
// organisation only, never another organisation's contacts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/actor-types";
import type { ContactFilters } from "@/lib/contacts/list-filters";
import { db } from "@/tests/db/owner-db";
import { countContacts } from "@/lib/db/contacts/count-contacts";
import { exportContacts } from "@/lib/db/contacts/export-contacts";
import { listContactTeamOptions } from "@/lib/db/contacts/list-contact-team-options";
import { CONTACTS_PAGE_SIZE, listContacts, type ContactRowDto } from "@/lib/db/contacts/list-contacts";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import { createOrgFixture, type OrgFixture } from "./fixtures";

const NOW = new Date("2026-11-20T12:00:00.000Z");
const DAY = 86_400_000;
const CHANNELS = ["PHONE", "EMAIL", "CHAT", "STORE", "FIELD"] as const;
const STATUSES = ["NONE", "PENDING", "SENT", "FAILED"] as const;

/** What the test inserted, to compute each filter's expected rows independently of the SQL. */
interface Model {
  id: string;
  occurredAt: Date;
  externalId: string | null;
  team: "T1" | "T2" | "T3";
  channel: (typeof CHANNELS)[number];
  emailStatus: (typeof STATUSES)[number];
  customerEmail: string | null;
  linkState: "open" | "answered" | "expired";
}

let a: OrgFixture;
let b: OrgFixture;
const model: Model[] = [];

async function insert(
  org: OrgFixture,
  row: Omit<Model, "id" | "linkState"> & { linkExpiresAt: Date; linkUsedAt?: Date; response?: number },
): Promise<string> {
  const mot = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: org.organisationId, key: "complaint" } });
  const contact = await db().contact.create({
    data: {
      organisationId: org.organisationId,
      teamId: org.teams[row.team],
      momentOfTruthId: mot.id,
      channel: row.channel,
      locale: "fr",
      occurredAt: row.occurredAt,
      externalId: row.externalId,
      customerEmail: row.customerEmail,
      emailStatus: row.emailStatus,
      emailAttempts: row.emailStatus === "FAILED" ? 6 : row.emailStatus === "SENT" ? 1 : 0,
      emailLastError: row.emailStatus === "FAILED" ? "Can't send mail - all recipients were rejected: 550 5.1.1 mailbox unavailable" : null,
      tokenHash: new Uint8Array(Buffer.from(randomUUID().replaceAll("-", ""), "hex")),
      linkExpiresAt: row.linkExpiresAt,
      linkUsedAt: row.linkUsedAt ?? null,
    },
  });
  if (row.response !== undefined) {
    // As an import or a fixture stores it: a response without the link being consumed.
    await db().customerResponse.create({
      data: {
        organisationId: org.organisationId,
        contactId: contact.id,
        teamId: contact.teamId,
        momentOfTruthId: mot.id,
        channel: row.channel,
        locale: "fr",
        submissionId: randomUUID(),
        score: row.response,
      },
    });
  }
  return contact.id;
}

async function seedModel() {
  for (let i = 0; i < 130; i++) {
    const emailStatus = STATUSES[i % 4]!;
    const row = {
      // Three contacts share each instant, so the id decides their order; ~41 days from 30 September.
      occurredAt: new Date(Date.UTC(2026, 8, 30, 21) + Math.floor(i / 3) * 23 * 3_600_000),
      externalId: i % 10 === 9 ? null : `P-${String(i).padStart(3, "0")}`,
      team: (["T1", "T2", "T3"] as const)[i % 3]!,
      channel: CHANNELS[i % 5]!,
      emailStatus,
      customerEmail: emailStatus === "NONE" ? null : `client.${i}@example.com`,
    };
    const answered = i % 7 === 0 ? "link" : i % 7 === 1 ? "response" : null;
    const linkExpiresAt = new Date(NOW.getTime() + (i % 2 === 0 ? DAY : -DAY));
    const id = await insert(a, {
      ...row,
      linkExpiresAt,
      ...(answered === "link" ? { linkUsedAt: row.occurredAt } : {}),
      ...(answered === "response" ? { response: i % 11 } : {}),
    });
    model.push({ id, ...row, linkState: answered ? "answered" : linkExpiresAt <= NOW ? "expired" : "open" });
  }
  // Edge rows: a link that expires exactly now (expired), Paris's October starting at 22:00 UTC,
  // and external ids holding LIKE's wildcards.
  const edges: Array<Omit<Model, "id" | "linkState"> & { linkExpiresAt: Date }> = [
    {
      occurredAt: new Date("2026-09-30T22:30:00.000Z"),
      externalId: "AB%C-1",
      team: "T1",
      channel: "PHONE",
      emailStatus: "SENT",
      customerEmail: "j.doe@example.com",
      linkExpiresAt: NOW,
    },
    {
      occurredAt: new Date("2026-09-30T21:59:59.999Z"),
      externalId: "ABXC-2",
      team: "T2",
      channel: "PHONE",
      emailStatus: "NONE",
      customerEmail: null,
      linkExpiresAt: new Date(NOW.getTime() + 1),
    },
    {
      occurredAt: new Date("2026-11-15T10:00:00.000Z"),
      externalId: "ab_c-3",
      team: "T3",
      channel: "CHAT",
      emailStatus: "PENDING",
      customerEmail: "x@example.org",
      linkExpiresAt: new Date(NOW.getTime() + DAY),
    },
  ];
  for (const edge of edges) model.push({ id: await insert(a, edge), ...edge, linkState: edge.linkExpiresAt <= NOW ? "expired" : "open" });
}

beforeAll(async () => {
  [a, b] = await Promise.all([createOrgFixture("alpha", 0), createOrgFixture("beta", 2)]);
  await seedModel();
}, 60_000);

/** Every page, following nextCursor from the top. */
async function walk(filters: ContactFilters = {}, role: "ADMIN" | "CX" = "CX", org = a): Promise<ContactRowDto[][]> {
  const pages: ContactRowDto[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listContacts(org.actors[role], { filters, cursor, now: NOW });
    pages.push(page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

const newestFirst = (x: Model, y: Model) => y.occurredAt.getTime() - x.occurredAt.getTime() || (y.id < x.id ? -1 : y.id > x.id ? 1 : 0);
const expected = (keep: (row: Model) => boolean) =>
  model
    .filter(keep)
    .sort(newestFirst)
    .map((row) => row.id);
const listed = async (filters: ContactFilters) => (await walk(filters)).flat().map((row) => row.id);

describe("listContacts paging", () => {
  it("gives every contact exactly once, newest first with the id breaking ties, in full pages of 50", async () => {
    const pages = await walk();
    expect(pages.map((page) => page.length)).toEqual([50, 50, 33]);
    expect(pages.flat().map((row) => row.id)).toEqual(expected(() => true));
    expect(CONTACTS_PAGE_SIZE).toBe(50);
  });

  it("walks back with previousCursor to the very same pages, and the first page has none", async () => {
    const first = await listContacts(a.actors.CX, { now: NOW });
    expect(first.previousCursor).toBeNull();
    const second = await listContacts(a.actors.CX, { cursor: first.nextCursor!, now: NOW });
    const third = await listContacts(a.actors.CX, { cursor: second.nextCursor!, now: NOW });
    expect(third.nextCursor).toBeNull();
    const backToSecond = await listContacts(a.actors.CX, { cursor: third.previousCursor!, now: NOW });
    expect(backToSecond.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    const backToFirst = await listContacts(a.actors.CX, { cursor: backToSecond.previousCursor!, now: NOW });
    expect(backToFirst).toEqual(first);
  });

  it("is stable under inserts: a newer contact does not shift the pages after the first", async () => {
    const first = await listContacts(a.actors.CX, { now: NOW });
    const second = await listContacts(a.actors.CX, { cursor: first.nextCursor!, now: NOW });
    const mot = await db().momentOfTruth.findFirstOrThrow({ where: { organisationId: a.organisationId, key: "complaint" } });
    const extra = await db().contact.create({
      data: {
        organisationId: a.organisationId,
        teamId: a.teams.T1,
        momentOfTruthId: mot.id,
        channel: "PHONE",
        locale: "fr",
        occurredAt: new Date("2026-11-19T00:00:00Z"),
        tokenHash: new Uint8Array(16),
        linkExpiresAt: NOW,
      },
    });
    try {
      const again = await listContacts(a.actors.CX, { cursor: first.nextCursor!, now: NOW });
      expect(again.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    } finally {
      await db().contact.delete({ where: { id: extra.id } });
    }
  });

  it("starts from the top on a cursor it did not write", async () => {
    const first = await listContacts(a.actors.CX, { now: NOW });
    for (const cursor of ["garbage", Buffer.from("a.1.not-a-uuid").toString("base64url"), "x".repeat(500)]) {
      expect(await listContacts(a.actors.CX, { cursor, now: NOW })).toEqual(first);
    }
  });
});

describe("listContacts filters", () => {
  const inPeriod = (from: string, to: string) => (row: Model) => {
    const month = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" }).format(row.occurredAt);
    return month >= from && month <= to;
  };
  const cases: Array<[string, ContactFilters, (row: Model) => boolean]> = [
    ["email status FAILED", { emailStatus: "FAILED" }, (row) => row.emailStatus === "FAILED"],
    ["email status NONE", { emailStatus: "NONE" }, (row) => row.emailStatus === "NONE"],
    ["link answered", { linkState: "answered" }, (row) => row.linkState === "answered"],
    ["link expired", { linkState: "expired" }, (row) => row.linkState === "expired"],
    ["link open", { linkState: "open" }, (row) => row.linkState === "open"],
    ["channel CHAT", { channel: "CHAT" }, (row) => row.channel === "CHAT"],
    ["October in Paris", { from: "2026-10", to: "2026-10" }, inPeriod("2026-10", "2026-10")],
    ["September in Paris", { to: "2026-09" }, inPeriod("0000-00", "2026-09")],
    ["from November", { from: "2026-11" }, inPeriod("2026-11", "9999-12")],
    ["externalId prefix, case-insensitive", { q: "p-01" }, (row) => row.externalId?.startsWith("P-01") ?? false],
    ["a literal %", { q: "AB%" }, (row) => row.externalId === "AB%C-1"],
    ["a literal _", { q: "ab_" }, (row) => row.externalId === "ab_c-3"],
    [
      "every filter at once",
      { emailStatus: "SENT", linkState: "open", channel: "PHONE", from: "2026-10", q: "P-" },
      (row) =>
        row.emailStatus === "SENT" &&
        row.linkState === "open" &&
        row.channel === "PHONE" &&
        inPeriod("2026-10", "9999-12")(row) &&
        (row.externalId?.startsWith("P-") ?? false),
    ],
  ];

  it.each(cases)("%s", async (_name, filters, keep) => {
    const ids = expected(keep);
    expect(ids.length).toBeGreaterThan(0);
    expect(await listed(filters)).toEqual(ids);
  });

  it("team: the team's whole subtree", async () => {
    const teamOf = new Map(model.map((row) => [row.id, row.team]));
    expect(await listed({ teamId: a.teams.S })).toEqual(expected((row) => row.team === "T1" || row.team === "T2"));
    expect(await listed({ teamId: a.teams.T3 })).toEqual(expected((row) => row.team === "T3"));
    expect(await listed({ teamId: a.teams.D })).toHaveLength(model.length);
    expect(new Set((await listed({ teamId: a.teams.S2 })).map((id) => teamOf.get(id)))).toEqual(new Set(["T3"]));
  });

  it("another organisation's team matches nothing", async () => {
    expect(await listed({ teamId: b.teams.D })).toEqual([]);
  });

  it("refuses filters outside the schema", async () => {
    for (const filters of [
      { emailStatus: "BOUNCED" },
      { from: "2026-13" },
      { from: "2026-11", to: "2026-10" },
      { teamId: "T1" },
      { q: "" },
      { unknown: 1 },
    ]) {
      await expect(listContacts(a.actors.CX, { filters })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      await expect(listContacts(a.actors.CX, { filters })).rejects.toBeInstanceOf(ExpectedError);
    }
  });
});

describe("contact rows", () => {
  it("compute the link state: a used link or a stored response is answered even once expired; expiry at exactly now is expired", async () => {
    const rows = new Map((await walk()).flat().map((row) => [row.id, row]));
    for (const row of model) expect(rows.get(row.id)?.linkState, row.externalId ?? row.id).toBe(row.linkState);
    const byResponse = model.find((row, i) => i % 7 === 1)!;
    expect(rows.get(byResponse.id)?.score).toBe(1 % 11);
    expect(rows.get(model.find((row) => row.externalId === "AB%C-1")!.id)?.linkState).toBe("expired");
  });

  it("mask the email in the list; the export alone gives the full address", async () => {
    const rows = (await walk()).flat();
    const doe = rows.find((row) => row.externalId === "AB%C-1")!;
    expect(doe).toMatchObject({
      customerEmail: "j***@example.com",
      emailStatus: "SENT",
      teamName: "alpha T1",
      channel: "PHONE",
      locale: "fr",
      momentOfTruth: { key: "complaint", labelFr: "Réclamation", labelEn: "Complaint" },
    });
    expect(rows.every((row) => row.customerEmail === null || /^.\*\*\*@/.test(row.customerEmail))).toBe(true);
    const exported: ContactRowDto[] = [];
    for await (const batch of await exportContacts(a.actors.CX, {}, NOW)) exported.push(...batch);
    expect(exported.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(exported.find((row) => row.id === doe.id)?.customerEmail).toBe("j.doe@example.com");
  });

  it("carry the failed email's attempts and last error", async () => {
    const failed = (await walk({ emailStatus: "FAILED" })).flat();
    expect(failed.every((row) => row.emailAttempts === 6 && row.emailLastError?.includes("550 5.1.1"))).toBe(true);
  });
});

describe("countContacts", () => {
  const cases: Array<[string, () => ContactFilters]> = [
    ["no filter", () => ({})],
    ["FAILED", () => ({ emailStatus: "FAILED" })],
    ["answered", () => ({ linkState: "answered" })],
    ["service S by phone", () => ({ teamId: a.teams.S, channel: "PHONE" })],
  ];

  it.each(cases)("agrees with the list: %s", async (_name, build) => {
    const filters = build();
    const rows = (await walk(filters)).flat();
    const counts = await countContacts(a.actors.ADMIN, filters, NOW);
    expect(counts.total).toBe(rows.length);
    for (const status of STATUSES) expect(counts.emailStatus[status], status).toBe(rows.filter((row) => row.emailStatus === status).length);
    for (const state of ["open", "answered", "expired"] as const)
      expect(counts.linkState[state], state).toBe(rows.filter((row) => row.linkState === state).length);
  });
});

describe("who may list contacts", () => {
  it.each([...roles])("%s", async (role) => {
    const allowed = role === "ADMIN" || role === "CX";
    const calls = [
      listContacts(a.actors[role]),
      countContacts(a.actors[role], {}),
      exportContacts(a.actors[role], {}),
      listContactTeamOptions(a.actors[role]),
    ];
    for (const call of calls) {
      if (allowed) await expect(call).resolves.toBeDefined();
      else await expect(call).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("never shows another organisation's contacts, whichever side asks", async () => {
    const mine = new Set(model.map((row) => row.id));
    const theirs = (await walk({}, "ADMIN", b)).flat().map((row) => row.id);
    expect(theirs).toHaveLength(2 * 3);
    expect(theirs.some((id) => mine.has(id))).toBe(false);
    const ours = (await walk({}, "ADMIN", a)).flat().map((row) => row.id);
    expect(ours.some((id) => theirs.includes(id))).toBe(false);
    expect((await countContacts(b.actors.CX, {}, NOW)).total).toBe(6);
    expect((await listContactTeamOptions(b.actors.CX)).map((team) => team.name).every((name) => name.startsWith("beta"))).toBe(true);
  });
});
