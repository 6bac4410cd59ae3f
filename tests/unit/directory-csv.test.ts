// The HR-system sync's CSV files (lib/organisations/directory-csv.ts): rows → the sync body,
// the sync's errors → file lines and column names, and every sentence the sync can say about a
// file's row known to the page's catalogue in French and English (sync-error-text.ts), so a new or
// changed sentence in team-sync.ts / people-sync.ts fails here rather than reaching users untranslated.
import { describe, expect, it } from "vitest";
import { knownSyncMessage } from "@/components/organisation/sync-error-text";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { errorsByLine, MAX_DIRECTORY_CSV_BYTES, readDirectoryCsv } from "@/lib/organisations/directory-csv";
import { planPeopleSync, type ExistingPerson } from "@/lib/organisations/people-sync";
import { planTeamSync, type ExistingTeam } from "@/lib/organisations/team-sync";

describe("readDirectoryCsv", () => {
  it("turns a teams file into the sync body, kind optional and upper-cased", () => {
    const read = readDirectoryCsv("teams", "externalId;name;parentExternalId;kind\nD1;Direction;;\nT1;Équipe;D1;team\n");
    expect(read).toEqual({
      ok: true,
      rows: [
        { externalId: "D1", name: "Direction", parentExternalId: "" },
        { externalId: "T1", name: "Équipe", parentExternalId: "D1", kind: "TEAM" },
      ],
      lines: [2, 3],
      errors: [],
    });
  });

  it("turns a people file into the sync body: employeeId is the HR id, roles upper-cased", () => {
    const read = readDirectoryCsv(
      "people",
      "employeeId,email,givenName,familyName,teamExternalId,role\n\nE1,a@b.fr,Anne,Martin,T1,manager\n",
    );
    expect(read).toEqual({
      ok: true,
      rows: [{ externalId: "E1", email: "a@b.fr", givenName: "Anne", familyName: "Martin", teamExternalId: "T1", role: "MANAGER" }],
      lines: [3],
      errors: [],
    });
  });

  it("names the missing columns of each file", () => {
    expect(readDirectoryCsv("teams", "externalId;name\nT1;A")).toEqual({
      ok: false,
      problem: { code: "missingColumns", columns: ["parentExternalId"] },
    });
    expect(readDirectoryCsv("people", "employeeId;email\nE1;a@b.fr")).toEqual({
      ok: false,
      problem: { code: "missingColumns", columns: ["givenName", "familyName", "teamExternalId", "role"] },
    });
  });

  it("allows people files up to 10 MB and teams files up to 2 MB", () => {
    expect(MAX_DIRECTORY_CSV_BYTES).toEqual({ teams: 2 * 1024 * 1024, people: 10 * 1024 * 1024 });
  });
});

describe("errorsByLine", () => {
  it("gives each body index its file line, -1 the whole file, and names the people file's columns", () => {
    const lines = [2, 4, 7];
    expect(
      errorsByLine(
        "people",
        [
          { index: 2, field: "externalId", message: "appears twice in the body (also at index 0)" },
          { index: 1, field: "email", message: "must be an email address" },
          { index: -1, field: "people", message: "whole" },
        ],
        lines,
      ),
    ).toEqual([
      { line: 7, field: "employeeId", message: "appears twice in the body (also on line 2)" },
      { line: 4, field: "email", message: "must be an email address" },
      { line: null, field: "people", message: "whole" },
    ]);
  });
});

const team = (externalId: string, parent: string | null, extra: Partial<ExistingTeam> = {}): ExistingTeam => ({
  id: `id-${externalId}`,
  externalId,
  name: externalId,
  kind: "TEAM",
  parentId: parent ? `id-${parent}` : null,
  archived: false,
  people: 0,
  ...extra,
});

const person = (externalId: string | null, email: string, extra: Partial<ExistingPerson> = {}): ExistingPerson => ({
  membershipId: `m-${email}`,
  userId: `u-${email}`,
  externalId,
  email,
  name: "Anne Martin",
  role: "EMPLOYEE",
  teamId: "id-T1",
  active: true,
  sharedUser: false,
  ...extra,
});

/** Every sentence the sync says about rows that came from a CSV file (all values are strings). */
function sentences(): string[] {
  const existing = [team("D1", null), team("OLD", null, { archived: true }), team("BUSY", null, { people: 3 })];
  const teamRows = (file: string) => (readDirectoryCsv("teams", file) as { rows: unknown[] }).rows;
  const teams = [
    planTeamSync(teamRows("externalId;name;parentExternalId;kind\n;;;\nT1;x;D1;PLANET\nT1;y;T1;\nT2;z;NOPE;\nT3;z;OLD;"), existing, false),
    planTeamSync(teamRows(`externalId;name;parentExternalId\n${"x".repeat(101)};a;\nA;a;B\nB;b;A\nT4;t;D1`), existing, true),
  ].flatMap((plan) => plan.errors);
  const people = [
    person("E1", "e1@x.fr"),
    person(null, "free@x.fr"),
    person("ADM", "admin@x.fr", { role: "ADMIN" }),
    person("ME", "me@x.fr", { role: "HR" }),
    person("SHARED", "shared@x.fr", { sharedUser: true }),
  ];
  const peopleRows = (
    readDirectoryCsv(
      "people",
      [
        "employeeId;email;givenName;familyName;teamExternalId;role",
        ";nope;;;;ADMIN",
        "E2;e1@x.fr;A;B;NOPE;EMPLOYEE",
        "E3;e3@x.fr;A;B;OLD;EMPLOYEE",
        "E3;e3@x.fr;A;B;;EMPLOYEE",
        "E1;outside@x.fr;A;B;T1;EMPLOYEE",
        "SHARED;shared2@x.fr;A;B;T1;EMPLOYEE",
        "ADM;admin@x.fr;Other;Name;T1;EMPLOYEE",
        "ME;me@x.fr;Anne;Martin;T1;MANAGER",
        "FREE;free@x.fr;Anne;Martin;T1;EMPLOYEE",
        `LONG;long@x.fr;${"a".repeat(61)};B;T1;EMPLOYEE`,
      ].join("\n"),
    ) as { rows: unknown[] }
  ).rows;
  const context = {
    people,
    teams: [
      { id: "id-T1", externalId: "T1", archived: false },
      { id: "id-OLD", externalId: "OLD", archived: true },
    ],
    outsideUsers: new Map([["outside@x.fr", "u-out"]]),
    mayEditAdmins: false,
    selfMembershipId: "m-me@x.fr",
  };
  const peopleErrors = [
    ...planPeopleSync(peopleRows, { ...context, mirror: false }).errors,
    ...planPeopleSync([{ externalId: "E9", email: "e1@x.fr", givenName: "A", familyName: "B", teamExternalId: "T1", role: "HR" }], {
      ...context,
      mirror: true,
    }).errors,
  ];
  return [...teams, ...peopleErrors].map((error) => errorsByLine("teams", [error], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])[0]!.message);
}

describe("the sync's sentences in the page's languages", () => {
  const said = sentences();

  it("covers the sentences the sync can say about a file's rows", () => {
    // A guard on the fixture itself: each kind of problem above was actually produced.
    for (const fragment of [
      "must not be empty",
      "must be at most 100 characters",
      "must be DIRECTION",
      "appears twice in the body (also on line",
      "is the team itself",
      "not in the body nor in Symétrie",
      "is archived: it takes no teams",
      "would make a cycle",
      "is missing from the body, so mirroring",
      "still has 3 active people",
      "must be an email address",
      "must be HR, CX, MANAGER or EMPLOYEE",
      "sync the teams first",
      "is archived: it takes no people",
      'is already the address of "E1"',
      "outside this organisation",
      "also belongs to another organisation",
      "is an administrator",
      "is your own",
      "mirroring would deactivate you",
      "must be at most 60 characters",
    ])
      expect(
        said.some((sentence) => sentence.includes(fragment)),
        fragment,
      ).toBe(true);
  });

  it.each([
    ["fr", fr],
    ["en", en],
  ] as const)("says each of them in %s, with its values", (_locale, messages) => {
    const unknown = said.filter((sentence) => knownSyncMessage(sentence, messages.directorySync) === null);
    expect(unknown).toEqual([]);
    expect(knownSyncMessage('unknown team "T9": sync the teams first', messages.directorySync)).toContain("T9");
    expect(knownSyncMessage("appears twice in the body (also on line 3)", messages.directorySync)).toMatch(/3\)\.$/);
  });
});
