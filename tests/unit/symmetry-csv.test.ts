// The dashboard CSV: BOM, separator and decimal mark per locale, the page's rounding,
// suppressed cells as a word with no number, quoting and defused formulas.
import { describe, expect, it } from "vitest";
import { symmetryCsv, symmetryCsvFilename, symmetryExportHref } from "@/lib/dashboard/symmetry-csv";
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import { getMessages } from "@/lib/i18n/messages";

const team = (patch: Partial<SymmetryTeamDto>): SymmetryTeamDto => ({
  teamId: "t",
  externalId: "ext",
  name: "Lyon",
  parentId: null,
  depth: 0,
  kind: "TEAM",
  leaf: true,
  nps: { score: 30, n: 80, low: 18.44, high: 41.5 },
  enps: { score: 33.333, n: 12, low: -8.6, high: 66.2 },
  enpsSuppressed: false,
  hiddenReason: null,
  enpsExcludedMonths: [],
  gap: { value: 3.333, low: -43.66, high: 39.21 },
  usedInCorrelation: true,
  ...patch,
});
const lines = (csv: string) => csv.slice(1).split("\r\n").filter(Boolean);

describe("symmetryCsv", () => {
  it("writes French Excel's format: BOM, `;`, decimal comma, the page's rounding", () => {
    const csv = symmetryCsv([team({})], "fr", getMessages("fr"));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines(csv)[1]).toBe("Lyon;ext;30;80;18;42;33;12;-9;66;3,3;-43,7;39,2;");
  });

  it("rounds halves away from zero like the page, never writes -0", () => {
    const row = lines(
      symmetryCsv(
        [team({ nps: { score: -42.5, n: 8, low: -0.3, high: 2.5 }, gap: { value: -0.04, low: -43.65, high: 1.25 } })],
        "en",
        getMessages("en"),
      ),
    )[1]!;
    expect(row.split(",").slice(2, 6)).toEqual(["-43", "8", "0", "3"]);
    expect(row.split(",").slice(10, 13)).toEqual(["0.0", "-43.7", "1.3"]);
  });

  it("writes `,` and decimal points in English", () => {
    expect(lines(symmetryCsv([team({})], "en", getMessages("en")))[1]).toBe("Lyon,ext,30,80,18,42,33,12,-9,66,3.3,-43.7,39.2,");
  });

  it("says why a suppressed eNPS and its gap are hidden, with no number and no count", () => {
    const hidden = team({ enps: null, enpsSuppressed: true, hiddenReason: "anonymity", gap: null });
    const row = lines(symmetryCsv([hidden], "fr", getMessages("fr")))[1]!;
    expect(row).toBe(`Lyon;ext;30;80;18;42;${Array(7).fill("masqué pour l'anonymat").join(";")};`);
    expect(lines(symmetryCsv([hidden], "en", getMessages("en")))[1]).toContain(",hidden for anonymity,hidden for anonymity");
  });

  it("writes a customer NPS under the minimum n as words with its count, and no gap", () => {
    const few = team({ nps: { score: 100, n: 1, low: -49, high: 99, tooFew: true }, gap: null });
    const fr = lines(symmetryCsv([few], "fr", getMessages("fr")))[1]!;
    expect(fr).toBe(
      `Lyon;ext;trop peu de réponses (n = 1);1;;;33;12;-9;66;${Array(3).fill("non calculé : trop peu de réponses clients").join(";")};`,
    );
    expect(lines(symmetryCsv([few], "en", getMessages("en")))[1]).toContain("Lyon,ext,too few answers (n = 1),1,,,33,12");
  });

  it("leaves cells empty when a side has no answers", () => {
    expect(lines(symmetryCsv([team({ nps: null, gap: null })], "fr", getMessages("fr")))[1]).toBe("Lyon;ext;;;;;33;12;-9;66;;;;");
  });

  it("names the months an eNPS leaves out for anonymity, in a last column", () => {
    const csv = symmetryCsv([team({ enpsExcludedMonths: ["2026-11", "2026-12"] })], "fr", getMessages("fr"));
    expect(lines(csv)[0]!.endsWith(";eNPS : mois laissés de côté (anonymat)")).toBe(true);
    expect(lines(csv)[1]).toBe("Lyon;ext;30;80;18;42;33;12;-9;66;3,3;-43,7;39,2;2026-11 2026-12");
  });

  it("quotes separators and quotes, and defuses formulas in names", () => {
    const row = lines(symmetryCsv([team({ name: '=HYPERLINK("x";"y")', externalId: "a;b" })], "fr", getMessages("fr")))[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""x"";""y"")";"a;b";`)).toBe(true);
  });

  it("names the file with the period and links with the page's parameters", () => {
    const t = getMessages("fr");
    expect(symmetryCsvFilename({}, t)).toBe("symetrie-toutes-periodes.csv");
    expect(symmetryCsvFilename({ from: "2026-09", to: "2026-10" }, t)).toBe("symetrie-2026-09_2026-10.csv");
    expect(symmetryCsvFilename({ from: "2026-09" }, t)).toBe("symetrie-2026-09_fin.csv");
    expect(symmetryExportHref("fr", { from: "2026-09", teamId: "abc" })).toBe("/fr/dashboard/export.csv?from=2026-09&team=abc");
    expect(symmetryExportHref("en", {})).toBe("/en/dashboard/export.csv");
  });

  it("names and links the channel and moment-of-truth filters too", () => {
    const mot = "0192a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b";
    expect(symmetryCsvFilename({ channel: "FIELD" }, getMessages("fr"))).toBe("symetrie-toutes-periodes-intervention-sur-site.csv");
    expect(symmetryCsvFilename({ from: "2026-09", to: "2026-09", channel: "EMAIL" }, getMessages("en"), "Complaint / claim")).toBe(
      "symetrie-2026-09_2026-09-email-complaint-claim.csv",
    );
    expect(symmetryCsvFilename({ momentOfTruth: mot }, getMessages("fr"), "Première facture")).toBe(
      "symetrie-toutes-periodes-premiere-facture.csv",
    );
    expect(symmetryExportHref("fr", { teamId: "abc", channel: "CHAT", momentOfTruth: mot })).toBe(
      `/fr/dashboard/export.csv?team=abc&channel=CHAT&mot=${mot}`,
    );
  });
});
