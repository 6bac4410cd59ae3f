import { describe, expect, it } from "vitest";
import { formatMonth } from "@/lib/i18n/format";
import { periodLabel, scopeLine } from "@/lib/overview/scope-line";

const words = { allPeriods: "toutes périodes", allChannels: "tous les canaux", channel: "canal {channel}", moment: "moment : {moment}" };

describe("the overview's subtitle", () => {
  it("writes months in words, in both languages", () => {
    expect(formatMonth("fr", "2026-06")).toBe("juin 2026");
    expect(formatMonth("en", "2026-06")).toBe("June 2026");
    expect(periodLabel("fr", { from: "2026-12", to: "2026-12" })).toBe("décembre 2026");
    expect(periodLabel("en", { from: "2026-05", to: "2026-10" })).toBe("May 2026 – October 2026");
  });

  it("follows the filter: scope, period, channel, moment", () => {
    expect(scopeLine("fr", { scope: "Toute l'organisation", period: null, channel: null, moment: null }, words)).toBe(
      "Toute l'organisation · toutes périodes · tous les canaux",
    );
    expect(
      scopeLine(
        "fr",
        { scope: "Conseil Lyon A", period: { from: "2026-08", to: "2026-10" }, channel: "Téléphone", moment: "Livraison" },
        words,
      ),
    ).toBe("Conseil Lyon A · août 2026 – octobre 2026 · canal Téléphone · moment : Livraison");
  });
});
