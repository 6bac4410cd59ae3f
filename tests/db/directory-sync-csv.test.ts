// The HR-system sync by CSV (issue 12 §4) against real PostgreSQL, through the upload page's own
// action handler and wrapper (runServerAction, as the page posts it): the teams file then the
// people file previewed (nothing written), applied (all of it, audited once), applied again
// (nothing changes); a file with any error — by the reader or by the sync — previews its errors
// by line and writes nothing even when "apply" is forced; a file other than the previewed one is
// refused; whole-file problems are clear sentences; a role without directory:sync gets the 403.
import { beforeAll, describe, expect, it } from "vitest";
import { directorySyncSpec, handleDirectorySync } from "@/app/[locale]/(app)/organisation/sync/sync-form";
import type { DirectorySyncStep } from "@/components/organisation/directory-sync-state";
import type { Actor } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { csvDigest } from "@/lib/http/csv-upload-form";
import { runServerAction, type ActionResult } from "@/lib/http/server-action";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let hr: Actor;

beforeAll(async () => {
  // forbidden() throws only when Next's authInterrupts is on (next.config.ts turns it on).
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  org = await createOrgFixture("dsc", 0);
  hr = org.actors.HR;
});

type Fields = Record<string, string | File>;

function post(actor: Actor, fields: Fields): Promise<ActionResult<DirectorySyncStep>> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const request = { headers: new Headers({ "sec-fetch-site": "same-origin" }), getActor: async () => actor };
  return runServerAction(request, directorySyncSpec, handleDirectorySync, form);
}

const csvFile = (name: string, text: string | Uint8Array<ArrayBuffer>) => new File([text], name, { type: "text/csv" });

async function preview(sync: "teams" | "people", text: string | Uint8Array<ArrayBuffer>, extra: Fields = {}, actor = hr) {
  const result = await post(actor, { sync, intent: "preview", file: csvFile(`${sync}.csv`, text), ...extra });
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  expect(result.data.step).toBe("preview");
  return result.data;
}

/** "Apply" as the page posts it: the same file again, with the digest the preview gave. */
async function apply(sync: "teams" | "people", text: string, digest: string, extra: Fields = {}) {
  const result = await post(hr, { sync, intent: "apply", file: csvFile(`${sync}.csv`, text), digest, ...extra });
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  expect(result.data.step).toBe("done");
  return result.data.result;
}

const digestOf = (step: DirectorySyncStep) => (step.step === "preview" ? step.digest : "");
const changes = (step: DirectorySyncStep) => Object.fromEntries(step.result.changes.map((change) => [change.kind, change.ids]));
const where = () => ({ organisationId: org.organisationId });
const snapshot = async () => ({
  teams: await db().team.findMany({
    where: where(),
    select: { id: true, name: true, parentId: true, archivedAt: true },
    orderBy: { id: "asc" },
  }),
  people: await db().membership.findMany({
    where: where(),
    select: { id: true, role: true, teamId: true, active: true },
    orderBy: { id: "asc" },
  }),
  audits: await db().auditLog.count({ where: where() }),
});

// French Excel style: BOM, semicolons, CRLF; one existing team renamed, one moved under a new direction.
const TEAMS = [
  "\uFEFFexternalId;name;parentExternalId",
  "D-OUEST;Direction Ouest;",
  "S-NTE;Relation client Nantes;D-OUEST",
  "T-NTE-A;Conseil Nantes A;S-NTE",
  "dsc-T1;Conseil Lyon (renommée);dsc-S",
  "dsc-T2;dsc T2;S-NTE",
].join("\r\n");

// Plain comma-separated, lower-case role: Claire is new, the fixture's employee moves and gets an HR id.
const PEOPLE = [
  "employeeId,email,givenName,familyName,teamExternalId,role",
  "E-001,claire.durand@dsc.test,Claire,Durand,T-NTE-A,manager",
  "E-002,jules.martin@dsc.test,Jules,Martin,T-NTE-A,EMPLOYEE",
  '"E-003",employee@dsc.test,"Émile","Dupont, fils",dsc-T2,EMPLOYEE',
].join("\n");

describe("the teams file, then the people file", () => {
  it("previews the teams file without writing, applies it all with one audit row, and a second apply changes nothing", async () => {
    const before = await snapshot();
    const step = await preview("teams", TEAMS);
    expect(await snapshot()).toEqual(before);
    expect(step.result).toMatchObject({ dryRun: true, applied: false, mirror: false, rows: 5, errorCount: 0, unchanged: 0 });
    expect(changes(step)).toEqual({
      created: ["D-OUEST", "S-NTE", "T-NTE-A"],
      renamed: ["dsc-T1"],
      moved: ["dsc-T2"],
      archived: [],
      restored: [],
    });
    expect(digestOf(step)).toBe(csvDigest(TEAMS.slice(1))); // the decoded text's (no BOM), for "Apply"

    const done = await apply("teams", TEAMS, digestOf(step));
    expect(done).toMatchObject({ dryRun: false, applied: true, errorCount: 0 });
    const teams = await db().team.findMany({
      where: where(),
      select: { externalId: true, name: true, parent: { select: { externalId: true } } },
    });
    const byId = new Map(teams.map((team) => [team.externalId, team]));
    expect(byId.get("T-NTE-A")).toMatchObject({ name: "Conseil Nantes A", parent: { externalId: "S-NTE" } });
    expect(byId.get("dsc-T1")!.name).toBe("Conseil Lyon (renommée)");
    expect(byId.get("dsc-T2")!.parent?.externalId).toBe("S-NTE");
    expect(await db().auditLog.count({ where: { ...where(), action: "directory.teams.sync", actorId: hr.membershipId } })).toBe(1);

    const again = await apply("teams", TEAMS, digestOf(step));
    expect(again).toMatchObject({ applied: false, unchanged: 5 });
    expect(again.changes.every((change) => change.count === 0)).toBe(true);
    expect(await db().auditLog.count({ where: { ...where(), action: "directory.teams.sync" } })).toBe(1);
  });

  it("previews the people file without writing, then applies it: the people are in their teams, audited", async () => {
    const before = await snapshot();
    const step = await preview("people", PEOPLE);
    expect(await snapshot()).toEqual(before);
    expect(step.result).toMatchObject({ rows: 3, errorCount: 0, unchanged: 0 });
    expect(changes(step)).toMatchObject({ created: ["E-001", "E-002"], updated: ["E-003"], moved: ["E-003"], deactivated: [] });

    const done = await apply("people", PEOPLE, digestOf(step));
    expect(done.applied).toBe(true);
    const people = await db().membership.findMany({
      where: { ...where(), externalId: { in: ["E-001", "E-002", "E-003"] } },
      select: {
        externalId: true,
        role: true,
        active: true,
        user: { select: { email: true, name: true } },
        team: { select: { externalId: true } },
      },
      orderBy: { externalId: "asc" },
    });
    expect(people.map((p) => [p.externalId, p.user.email, p.user.name, p.role, p.team?.externalId, p.active])).toEqual([
      ["E-001", "claire.durand@dsc.test", "Claire Durand", "MANAGER", "T-NTE-A", true],
      ["E-002", "jules.martin@dsc.test", "Jules Martin", "EMPLOYEE", "T-NTE-A", true],
      ["E-003", "employee@dsc.test", "Émile Dupont, fils", "EMPLOYEE", "dsc-T2", true],
    ]);
    expect(await db().auditLog.count({ where: { ...where(), action: "directory.people.sync", actorId: hr.membershipId } })).toBe(1);
    expect((await apply("people", PEOPLE, digestOf(step))).applied).toBe(false); // the same file again: nothing to do
  });

  it("mirror mode lists the synced people missing from the file as deactivated, and only when asked", async () => {
    const partial = PEOPLE.split("\n").slice(0, 3).join("\n"); // E-003 left out
    expect(changes(await preview("people", partial)).deactivated).toEqual([]);
    const mirrored = await preview("people", partial, { mirror: "on" });
    expect(mirrored.result.mirror).toBe(true);
    expect(changes(mirrored).deactivated).toEqual(["E-003"]);
  });
});

describe("a file with errors writes nothing", () => {
  it("lists the sync's errors by line and column (people file: employeeId), and a forced apply writes nothing", async () => {
    const text = [
      "employeeId;email;givenName;familyName;teamExternalId;role",
      "E-010;new.one@dsc.test;Ana;Lopez;T-NTE-A;EMPLOYEE",
      "",
      "E-011;not-an-address;Ana;Lopez;T-NTE-A;EMPLOYEE",
      "E-012;ok@dsc.test;Ana;Lopez;NO-SUCH-TEAM;EMPLOYEE",
      "E-010;other@dsc.test;Ana;Lopez;T-NTE-A;EMPLOYEE",
      "E-013;boss@dsc.test;Ana;Lopez;T-NTE-A;ADMIN",
    ].join("\n");
    const before = await snapshot();
    const step = await preview("people", text);
    expect(step.result.errors.map((error) => [error.line, error.field])).toEqual([
      [4, "email"],
      [5, "teamExternalId"],
      [6, "employeeId"],
      [7, "role"],
    ]);
    expect(step.result.errors.find((error) => error.line === 6 && error.field === "employeeId")?.message).toBe(
      "appears twice in the body (also on line 2)",
    );
    const forced = await apply("people", text, digestOf(step));
    expect(forced).toMatchObject({ applied: false, errorCount: 4 });
    expect(forced.errors).toEqual(step.result.errors);
    expect(await snapshot()).toEqual(before);
  });

  it("a row the CSV reader refuses (unclosed quote, extra values) keeps the whole file from applying", async () => {
    const text = ["externalId,name,parentExternalId", "T-NEW,Nouvelle équipe,D-OUEST", 'T-BAD,"Mal fermée,D-OUEST'].join("\n");
    const before = await snapshot();
    const step = await preview("teams", text);
    expect(step.result.errors.map((error) => [error.line, error.problem?.code])).toEqual([[3, "badQuotes"]]);
    const forced = await apply("teams", text, digestOf(step));
    expect(forced).toMatchObject({ applied: false, dryRun: false, errorCount: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it("a team file with a cycle and an unknown parent names both lines; mirror mode refuses to archive a team with people", async () => {
    const text = ["externalId;name;parentExternalId", "C-1;Un;C-2", "C-2;Deux;C-1", "C-3;Trois;NOWHERE"].join("\n");
    const step = await preview("teams", text);
    expect(step.result.errors.map((error) => [error.line, error.field])).toEqual([
      [2, "parentExternalId"],
      [3, "parentExternalId"],
      [4, "parentExternalId"],
    ]);
    const only = "externalId;name;parentExternalId\nD-OUEST;Direction Ouest;\n";
    const mirrored = await preview("teams", only, { mirror: "on" });
    expect(mirrored.result.errors.some((error) => error.line === null && error.message.includes('"dsc-D"'))).toBe(true);
    const before = await snapshot();
    expect((await apply("teams", only, digestOf(mirrored), { mirror: "on" })).applied).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("applying a file other than the previewed one is refused and writes nothing", async () => {
    const step = await preview("teams", TEAMS);
    const before = await snapshot();
    const other = TEAMS.replace("Direction Ouest", "Direction Atlantique");
    const result = await post(hr, { sync: "teams", intent: "apply", file: csvFile("t.csv", other), digest: digestOf(step) });
    expect(result).toMatchObject({ ok: false, code: "notPreviewed" });
    expect(!result.ok && result.message).toContain("n'est pas celui de l'aperçu");
    expect(await snapshot()).toEqual(before);
  });
});

describe("whole-file problems are sentences, in the page's language", () => {
  it.each([
    ["no file", { sync: "teams", intent: "preview" }, "noFile", "Choisissez un fichier CSV"],
    ["Windows-1252", { file: csvFile("t.csv", new Uint8Array([0x69, 0x64, 0x0a, 0xe9])) }, "notUtf8", "n'est pas en UTF-8"],
    ["empty", { file: csvFile("t.csv", "") }, "empty", "Ce fichier est vide."],
    ["header only", { file: csvFile("t.csv", "externalId;name;parentExternalId\r\n") }, "noRows", "aucune ligne"],
    ["missing columns", { file: csvFile("t.csv", "externalId;nom\nT;A") }, "unknownColumns", "Colonnes inconnues : nom"],
    ["over 2 MB", { file: csvFile("t.csv", "x".repeat(2 * 1024 * 1024 + 1)) }, "tooLarge", "dépasse 2 Mo"],
    ["apply without the file", { intent: "apply", digest: csvDigest(TEAMS) }, "noFile", "Choisissez un fichier CSV"],
  ] as const)("%s", async (_name, fields, code, sentence) => {
    const result = await post(hr, { sync: "teams", intent: "preview", ...fields });
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toContain(sentence);
  });

  it("says the people file's own limit and missing columns", async () => {
    const big = await post(hr, { sync: "people", file: csvFile("p.csv", "x".repeat(10 * 1024 * 1024 + 1)) });
    expect(!big.ok && big.message).toContain("10 Mo");
    const missing = await post(hr, { sync: "people", file: csvFile("p.csv", "employeeId;email\nE;e@x.fr") });
    expect(!missing.ok && missing.message).toBe("Colonnes manquantes : givenName, familyName, teamExternalId, role.");
  });
});

describe("who may sync", () => {
  it.each(["CX", "MANAGER", "EMPLOYEE"] as const)("%s gets the 403 and nothing is written", async (role) => {
    const before = await snapshot();
    await expect(
      post(org.actors[role], { sync: "teams", intent: "apply", file: csvFile("t.csv", TEAMS), digest: csvDigest(TEAMS.slice(1)) }),
    ).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;403",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("ADMIN may, as HR may", async () => {
    expect((await preview("teams", TEAMS, {}, org.actors.ADMIN)).result.unchanged).toBe(5);
  });
});
