// The contacts page's pure parts: its URL filters (garbage dropped, names written back), masked
// emails, the retry outcome flag, and the CSV export (BOM, separator per locale, Paris time, full
// addresses, defused formulas, streamed batch by batch, a file name made of the filters).
import { describe, expect, it } from "vitest";
import { retryResult } from "@/app/[locale]/(app)/contacts/retry-results";
import { contactsCsvFilename, contactsCsvHeader, contactsCsvLines, contactsCsvStream } from "@/lib/dashboard/contacts-csv";
import { contactFiltersQuery, hasContactFilter, readContactFilters, readCursor, withKnownTeam } from "@/lib/contacts/list-filters";
import { maskEmail } from "@/lib/contacts/mask-email";
import type { ContactExportRowDto } from "@/lib/db/contacts/export-contacts";
import { getMessages } from "@/lib/i18n/messages";

const TEAM = "0192a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b";

describe("readContactFilters", () => {
  it("keeps valid values, in any case", () => {
    expect(
      readContactFilters({
        status: "failed",
        link: "ANSWERED",
        team: TEAM.toUpperCase(),
        channel: "phone",
        from: "2026-09",
        to: "2026-10",
        q: "  CRM-2026 ",
      }),
    ).toEqual({
      emailStatus: "FAILED",
      linkState: "answered",
      teamId: TEAM,
      channel: "PHONE",
      from: "2026-09",
      to: "2026-10",
      q: "CRM-2026",
    });
  });

  it.each([
    ["an unknown email status", { status: "BOUNCED" }],
    ["an unknown link state", { link: "used" }],
    ["a team that is not an id", { team: "T-REL-01" }],
    ["an injected team", { team: "'; DROP TABLE x; --" }],
    ["an unknown channel", { channel: "FAX" }],
    ["imported history's channel", { channel: "UNKNOWN" }],
    ["malformed months", { from: "2026-13", to: "26-10" }],
    ["an empty search", { q: "   " }],
    ["a search longer than an external id", { q: "x".repeat(201) }],
  ])("drops %s", (_, params) => {
    expect(readContactFilters(params)).toEqual({});
  });

  it("drops a bad value's filter only", () => {
    expect(readContactFilters({ status: "BOUNCED", channel: "CHAT", from: "2026-99" })).toEqual({ channel: "CHAT" });
  });

  it("takes the first of repeated parameters and puts a reversed period in order", () => {
    expect(readContactFilters({ status: ["NONE", "SENT"], from: "2026-10", to: "2026-05" })).toEqual({
      emailStatus: "NONE",
      from: "2026-05",
      to: "2026-10",
    });
  });

  it("writes the same names back, with a cursor and a result when asked; reading them gives the filters again", () => {
    const filters = readContactFilters({ status: "FAILED", team: TEAM, q: "A&B=c" });
    const query = contactFiltersQuery(filters, { cursor: "YS4xLjI", result: "retried" });
    expect(query).toBe(`?status=FAILED&team=${TEAM}&q=A%26B%3Dc&cursor=YS4xLjI&result=retried`);
    expect(readContactFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(filters);
    expect(contactFiltersQuery({})).toBe("");
    expect(hasContactFilter({})).toBe(false);
    expect(hasContactFilter(filters)).toBe(true);
  });

  it("drops a team the organisation does not have", () => {
    expect(withKnownTeam({ teamId: TEAM, channel: "CHAT" }, [{ id: "other" }])).toEqual({ channel: "CHAT" });
    expect(withKnownTeam({ teamId: TEAM }, [{ id: TEAM }])).toEqual({ teamId: TEAM });
  });

  it("passes on a cursor only if it looks like one", () => {
    expect(readCursor({ cursor: "YS4xNzY0.MTIz_-" })).toBeUndefined();
    expect(readCursor({ cursor: "YS4xNzY0MTIz_-" })).toBe("YS4xNzY0MTIz_-");
    expect(readCursor({ cursor: "x".repeat(101) })).toBeUndefined();
    expect(readCursor({ cursor: "<script>" })).toBeUndefined();
  });
});

describe("maskEmail", () => {
  it.each([
    ["jane.doe@example.com", "j***@example.com"],
    ["j@example.com", "j***@example.com"],
    ["élodie@exemple.fr", "é***@exemple.fr"],
    ["odd@name@example.com", "o***@example.com"],
    ["no-at-sign", "***"],
  ])("%s → %s", (email, masked) => expect(maskEmail(email)).toBe(masked));
});

describe("retryResult", () => {
  it("knows only its own outcomes", () => {
    expect(retryResult("retried")).toBe("retried");
    expect(retryResult("expired")).toBe("expired");
    expect(retryResult("<b>hi</b>")).toBeNull();
    expect(retryResult(["retried"])).toBeNull();
    expect(retryResult(undefined)).toBeNull();
  });
});

const row = (patch: Partial<ContactExportRowDto>): ContactExportRowDto => ({
  id: "c1",
  occurredAt: new Date("2026-10-31T23:30:05.000Z"),
  externalId: "CRM-1",
  teamName: "Conseil Lyon A",
  channel: "PHONE",
  momentOfTruth: { key: "reclamation", labelFr: "Réclamation", labelEn: "Complaint" },
  locale: "en",
  customerEmail: "jane.doe@example.com",
  emailStatus: "FAILED",
  emailAttempts: 6,
  emailLastError: "552 5.2.2 Mailbox full; try later",
  emailNextAttemptAt: null,
  linkState: "open",
  score: null,
  ...patch,
});

describe("contacts CSV", () => {
  it("writes French Excel's format: BOM, `;`, the page's words, Paris time and the full address", () => {
    const fr = getMessages("fr");
    expect(contactsCsvHeader("fr", fr)).toBe(
      "\uFEFFDate du contact (heure de Paris);Identifiant externe;Équipe;Canal;Moment de vérité;Langue;E-mail du client;Envoi de l'e-mail;Tentatives;Dernière erreur;Lien;Note\r\n",
    );
    expect(contactsCsvLines([row({})], "fr", fr)).toBe(
      '2026-11-01 00:30:05;CRM-1;Conseil Lyon A;Téléphone;Réclamation;en;jane.doe@example.com;Échec;6;"552 5.2.2 Mailbox full; try later";En attente de réponse;\r\n',
    );
  });

  it("writes English with commas, the score of an answer and defused formulas", () => {
    const line = contactsCsvLines(
      [
        row({
          externalId: '=HYPERLINK("x")',
          customerEmail: null,
          emailStatus: "SENT",
          emailAttempts: 1,
          emailLastError: null,
          linkState: "answered",
          score: 9,
          occurredAt: new Date("2026-07-01T10:00:00Z"),
        }),
      ],
      "en",
      getMessages("en"),
    );
    expect(line).toBe(`2026-07-01 12:00:00,"'=HYPERLINK(""x"")",Conseil Lyon A,Phone,Complaint,en,,Sent,1,,Answered,9\r\n`);
  });

  it("streams the header, then one chunk per batch, and closes", async () => {
    async function* batches() {
      yield [row({ id: "1", externalId: "A" })];
      yield [row({ id: "2", externalId: "B" }), row({ id: "3", externalId: "C" })];
    }
    const bytes = Buffer.from(await new Response(contactsCsvStream(batches(), "en", getMessages("en"))).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(
      text
        .split("\r\n")
        .filter(Boolean)
        .map((line) => line.split(",")[1]),
    ).toEqual(["External id", "A", "B", "C"]);
  });

  it("names the file after the filters", () => {
    const fr = getMessages("fr");
    expect(contactsCsvFilename({}, null, fr)).toBe("contacts-toutes-periodes.csv");
    expect(
      contactsCsvFilename(
        { from: "2026-09", to: "2026-10", channel: "PHONE", emailStatus: "FAILED", linkState: "open", q: "CRM 12" },
        "Conseil Lyon A",
        fr,
      ),
    ).toBe("contacts-2026-09_2026-10-telephone-conseil-lyon-a-echec-en-attente-de-reponse-crm-12.csv");
    expect(contactsCsvFilename({ linkState: "answered" }, null, getMessages("en"))).toBe("contacts-all-periods-answered.csv");
  });
});
