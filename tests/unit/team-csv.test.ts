// The team page's CSV: one long table with every block of the page, the page's rounding per
// locale, and every figure the page hides written as the word, never as a number or a count.
import { describe, expect, it } from "vitest";
import { teamCsv, teamCsvFilename, teamExportHref } from "@/lib/dashboard/team-csv";
import type { TeamDetailDto } from "@/lib/db/dashboard/get-team-detail";
import type { SymmetryTeamDto } from "@/lib/symmetry/symmetry-types";
import { getMessages } from "@/lib/i18n/messages";

const row = (patch: Partial<SymmetryTeamDto>): SymmetryTeamDto => ({
  teamId: "t",
  externalId: "ext",
  name: "Lyon",
  parentId: null,
  depth: 0,
  kind: "SERVICE",
  leaf: false,
  nps: { score: 30, n: 80, low: 18.44, high: 41.5 },
  enps: { score: 33.333, n: 12, low: -8.6, high: 66.2 },
  enpsSuppressed: false,
  hiddenReason: null,
  enpsExcludedMonths: [],
  gap: { value: 3.333, low: -43.66, high: 39.21 },
  usedInCorrelation: false,
  ...patch,
});
/** The hidden word of the French export: why, never how many. */
const M = "masqué pour l'anonymat";
const mean = (value: number, n: number) => ({ mean: value, n, low: value - 0.456, high: value + 0.444 });

function detail(patch: Partial<TeamDetailDto> = {}): TeamDetailDto {
  return {
    status: "ok",
    header: { teamId: "t", name: "Lyon", kind: "SERVICE", parent: null },
    team: row({}),
    minCustomerResponses: 10,
    memberCount: 40,
    children: [
      row({ teamId: "a", name: "Lyon A", parentId: "t", depth: 1 }),
      row({ teamId: "b", name: "Lyon B", parentId: "t", depth: 1, enps: null, enpsSuppressed: true, hiddenReason: "anonymity", gap: null }),
    ],
    trend: [
      {
        period: "2026-10",
        nps: { score: -12.5, n: 40, low: -30, high: 5 },
        enps: { score: 20, n: 10, low: -10, high: 50 },
        npsChange: null,
        enpsChange: null,
      },
    ],
    items: [
      {
        itemId: "i1",
        dimension: "ecoute",
        labelFr: "Écouté",
        labelEn: "Listened",
        active: true,
        customer: mean(3.456, 20),
        employee: mean(4.005, 12),
        employeeSuppressed: false,
      },
      {
        itemId: "i2",
        dimension: "sens",
        labelFr: "Sens",
        labelEn: "Meaning",
        active: true,
        customer: null,
        employee: null,
        employeeSuppressed: true,
      },
    ],
    irritants: {
      customer: [
        {
          irritantId: "c1",
          key: "attente",
          labelFr: "Temps d'attente",
          labelEn: "Waiting time",
          count: 7,
          mirror: { irritantId: "e1", key: "outils_lents", labelFr: "Outils lents", labelEn: "Slow tools", count: 4 },
        },
      ],
      employee: [
        {
          irritantId: "e1",
          key: "outils_lents",
          labelFr: "Outils lents",
          labelEn: "Slow tools",
          count: 4,
          mirror: { irritantId: "c1", key: "attente", labelFr: "Temps d'attente", labelEn: "Waiting time", count: 7 },
        },
      ],
    },
    byChannel: [
      { channel: "PHONE", nps: { score: 25, n: 60, low: 10, high: 40 } },
      { channel: "CHAT", nps: null },
    ],
    byMomentOfTruth: [
      {
        momentOfTruthId: "m1",
        key: "reclamation",
        labelFr: "Réclamation",
        labelEn: "Complaint",
        nps: { score: -5, n: 20, low: -30, high: 21 },
      },
    ],
    ...patch,
  };
}

const lines = (csv: string) => csv.slice(1).split("\r\n").filter(Boolean);
const find = (csv: string, ...starts: string[]) => lines(csv).filter((line) => starts.every((start) => line.includes(start)));
const figures = (line: string | undefined, separator = ";") => line?.split(separator).slice(3, 9);

describe("teamCsv", () => {
  const fr = getMessages("fr");

  it("writes a BOM, one header and the page's figures in French Excel's format", () => {
    const csv = teamCsv(detail(), "fr", fr);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines(csv)[0]).toBe("Rubrique;Élément;Mesure;Valeur;Réponses;IC 95 % bas;IC 95 % haut;Miroir;Citations du miroir");
    expect(lines(csv)[1]).toBe("Effectif;Lyon;Personnes (équipe et sous-équipes);40;;;;;");
    expect(find(csv, "Scores;Lyon;NPS client")).toEqual(["Scores;Lyon;NPS client;30;80;18;42;;"]);
    expect(find(csv, "Scores;Lyon;Écart")).toEqual(["Scores;Lyon;Écart (eNPS − NPS);3,3;;-43,7;39,2;;"]);
    expect(find(csv, "Affirmations miroirs;Écoute;Clients")).toEqual(["Affirmations miroirs;Écoute;Clients;3,46;20;3,00;3,90;;"]);
    expect(find(csv, "Irritants miroirs;Temps d'attente")).toEqual(["Irritants miroirs;Temps d'attente;Côté clients;7;;;;Outils lents;4"]);
    expect(find(csv, "Par canal;Téléphone")).toEqual(["Par canal;Téléphone;NPS client;25;60;10;40;;"]);
    expect(find(csv, "Par canal;Chat")).toEqual(["Par canal;Chat;NPS client;;;;;;"]);
    expect(find(csv, "Par moment de vérité;Réclamation")).toEqual(["Par moment de vérité;Réclamation;NPS client;-5;20;-30;21;;"]);
    expect(find(csv, "Évolution mensuelle;2026-10;NPS client")).toEqual(["Évolution mensuelle;2026-10;NPS client;-13;40;;;;"]);
  });

  it("writes a customer NPS under the minimum n as words with its count, and no gap", () => {
    const few = { score: 100, n: 1, low: -49, high: 99, tooFew: true };
    const csv = teamCsv(
      detail({
        team: row({ nps: few, gap: null }),
        byChannel: [{ channel: "PHONE", nps: { ...few, n: 3 } }],
      }),
      "fr",
      fr,
    );
    expect(find(csv, "Scores;Lyon;NPS client")).toEqual(["Scores;Lyon;NPS client;trop peu de réponses (n = 1);1;;;;"]);
    const gapText = "non calculé : trop peu de réponses clients";
    expect(find(csv, "Scores;Lyon;Écart")).toEqual([`Scores;Lyon;Écart (eNPS − NPS);${gapText};;${gapText};${gapText};;`]);
    expect(find(csv, "Par canal;Téléphone")).toEqual(["Par canal;Téléphone;NPS client;trop peu de réponses (n = 3);3;;;;"]);
    expect(find(teamCsv(detail({ team: row({ nps: few, gap: null }) }), "en", getMessages("en")), "Scores,Lyon,Customer")[0]).toContain(
      "too few answers (n = 1),1,,",
    );
  });

  it("writes the hidden word, with no number and no count, wherever the page hides", () => {
    const hidden = detail({
      team: row({ enps: null, enpsSuppressed: true, hiddenReason: "anonymity", gap: null }),
      memberCount: null,
      irritants: {
        customer: [
          {
            irritantId: "c1",
            key: "attente",
            labelFr: "Temps d'attente",
            labelEn: "Waiting time",
            count: 7,
            mirror: {
              irritantId: "e1",
              key: "outils_lents",
              labelFr: "Des outils trop lents",
              labelEn: "Tools that are too slow",
              count: null,
            },
          },
        ],
        employee: [],
      },
    });
    const csv = teamCsv(hidden, "fr", fr);
    const masked = [M, M, M, M];
    expect(figures(find(csv, "Effectif;")[0])?.slice(0, 2)).toEqual([M, ""]);
    expect(figures(find(csv, "Scores;Lyon;eNPS")[0])?.slice(0, 4)).toEqual(masked);
    expect(figures(find(csv, "Scores;Lyon;Écart")[0])?.slice(0, 4)).toEqual([M, "", M, M]);
    expect(figures(find(csv, "Sous-équipes;Lyon B;eNPS")[0])?.slice(0, 4)).toEqual(masked);
    expect(figures(find(csv, "Sous-équipes;Lyon B;Écart")[0])?.slice(0, 4)).toEqual([M, "", M, M]);
    expect(figures(find(csv, "Affirmations miroirs;Sens;Collaborateurs")[0])?.slice(0, 4)).toEqual(masked);
    // The hidden side's mirror is named by its catalogue label, never by its key.
    expect(find(csv, "Irritants miroirs;Temps d'attente")[0]?.endsWith(";Des outils trop lents;masqué pour l'anonymat")).toBe(true);
    expect(csv).not.toContain("outils_lents");
    expect(csv).not.toContain("outils lents");
    expect(find(teamCsv(hidden, "en", getMessages("en")), "Waiting time")[0]).toContain(",Tools that are too slow,hidden for anonymity");
    expect(find(csv, "Irritants miroirs;;Côté collaborateurs")).toEqual([
      "Irritants miroirs;;Côté collaborateurs;masqué pour l'anonymat;;;;;",
    ]);
    expect(figures(find(csv, "Évolution mensuelle;2026-10;eNPS")[0])?.slice(0, 2)).toEqual([M, M]);
    // The visible sub-team and the customer side keep their figures.
    expect(figures(find(csv, "Sous-équipes;Lyon A;eNPS")[0])?.slice(0, 2)).toEqual(["33", "12"]);
    expect(figures(find(csv, "Scores;Lyon;NPS client")[0])?.slice(0, 2)).toEqual(["30", "80"]);
    // No digit anywhere on a line the page hides.
    for (const line of [...find(csv, "eNPS collaborateur"), ...find(csv, "Écart")].filter((l) => l.includes(M)))
      expect(line.split(";").slice(3).join(";")).not.toMatch(/\d/);
  });

  it("uses commas, decimal points and 'hidden' in English", () => {
    const csv = teamCsv(
      detail({
        items: [
          {
            itemId: "i2",
            dimension: "sens",
            labelFr: "Sens",
            labelEn: "Meaning",
            active: true,
            customer: mean(2.5, 9),
            employee: null,
            employeeSuppressed: true,
          },
          {
            itemId: "i3",
            dimension: "delai_visite",
            labelFr: "Le technicien est venu vite",
            labelEn: "The technician came quickly",
            active: false,
            customer: mean(4, 5),
            employee: null,
            employeeSuppressed: true,
          },
        ],
      }),
      "en",
      getMessages("en"),
    );
    expect(lines(csv)[0]).toBe("Section,Item,Measure,Value,Answers,95% CI low,95% CI high,Mirror,Mirror mentions");
    expect(find(csv, "Mirrored statements,Clarity")).toEqual([
      "Mirrored statements,Clarity,Customers,2.50,9,2.04,2.94,,",
      "Mirrored statements,Clarity,Employees,hidden for anonymity,hidden for anonymity,hidden for anonymity,hidden for anonymity,,",
    ]);
    // An organisation's own pair (retired, answered in the period) is named by its customer wording.
    expect(find(csv, "Mirrored statements,The technician came quickly,Customers")[0]).toContain(",4.00,5,");
  });

  it("defuses a formula in a team name", () => {
    const csv = teamCsv(detail({ team: row({ name: "=1+1" }) }), "fr", fr);
    expect(find(csv, "Scores;")[0]?.startsWith("Scores;'=1+1;")).toBe(true);
  });

  it("names the file after the team and the filters, and links with the page's parameters", () => {
    expect(teamCsvFilename("Conseil Lyon A", {}, fr)).toBe("symetrie-equipe-conseil-lyon-a-toutes-periodes.csv");
    expect(teamCsvFilename("Réseaux sociaux", { from: "2026-09", channel: "CHAT" }, getMessages("en"))).toBe(
      "symetrie-team-reseaux-sociaux-2026-09_end-chat.csv",
    );
    expect(teamExportHref("fr", "t1", { from: "2026-09", teamId: "ignored", channel: "CHAT" })).toBe(
      "/fr/teams/t1/export.csv?from=2026-09&channel=CHAT",
    );
  });
});
