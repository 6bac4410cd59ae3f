// The correlation card's words for each verdict of the decision table, in French and English:
// the issue's case reads « Lien probable mais imprécis », never « fort, significatif ».
import { describe, expect, it } from "vitest";
import { correlationReadingText } from "@/components/dashboard/correlation-reading-text";
import type { CorrelationDto } from "@/lib/symmetry/symmetry-types";
import { getMessages } from "@/lib/i18n/messages";

const fr = getMessages("fr");
const en = getMessages("en");
const dto = (r: number, low: number, high: number, p: number, spearman: { rho: number; p: number } | null): CorrelationDto => ({
  status: "ok",
  teams: 12,
  pearson: { r, low, high, p },
  spearman,
});
const issueCase = dto(0.61, 0.05, 0.91, 0.035, { rho: 0.33, p: 0.29 });

describe("correlationReadingText", () => {
  it("reads the issue's case as probable but imprecise, with the interval and Spearman's doubt", () => {
    const text = correlationReadingText(issueCase, "fr", fr)!;
    expect(text.headline).toBe("Lien probable mais imprécis.");
    expect(text.body).toContain("va de +0,05 à +0,91");
    expect(text.body).toContain("Le ρ de Spearman ne le confirme pas");
    expect(`${text.headline} ${text.body}`).not.toMatch(/fort|significatif et précis/);
    expect(correlationReadingText(issueCase, "en", en)!.headline).toBe("A probable but imprecise link.");
  });

  it.each([
    [
      "clear",
      dto(0.8, 0.62, 0.9, 0.001, { rho: 0.75, p: 0.002 }),
      "Lien fort, significatif et précis.",
      "A strong, significant and precise link.",
    ],
    [
      "clear, weak",
      dto(-0.2, -0.32, -0.08, 0.001, { rho: -0.2, p: 0.01 }),
      "Lien faible, significatif et précis.",
      "A weak, significant and precise link.",
    ],
    [
      "probable, agreed",
      dto(0.6, 0.1, 0.85, 0.02, { rho: 0.58, p: 0.04 }),
      "Lien probable mais imprécis.",
      "A probable but imprecise link.",
    ],
    ["fragile", dto(0.5, 0.3, 0.66, 0.001, { rho: 0.2, p: 0.2 }), "Lien fragile.", "A fragile link."],
    ["disagree", dto(0.4, -0.2, 0.78, 0.19, { rho: 0.65, p: 0.02 }), "Lien incertain.", "An uncertain link."],
    ["none", dto(0.4, -0.2, 0.78, 0.19, { rho: 0.3, p: 0.3 }), "Pas de lien démontré.", "No link shown."],
  ] as const)("%s: one headline per verdict in both languages", (_label, correlation, frHeadline, enHeadline) => {
    expect(correlationReadingText(correlation, "fr", fr)!.headline).toBe(frHeadline);
    expect(correlationReadingText(correlation, "en", en)!.headline).toBe(enHeadline);
    expect(correlationReadingText(correlation, "fr", fr)!.body).toMatch(/Une corrélation ne prouve pas une causalité\.$/);
  });

  it("states the direction only when a link is read", () => {
    expect(correlationReadingText(dto(-0.8, -0.9, -0.62, 0.001, { rho: -0.7, p: 0.01 }), "fr", fr)!.body).toContain("NPS client plus bas");
    expect(correlationReadingText(dto(0.4, -0.2, 0.78, 0.19, { rho: 0.3, p: 0.3 }), "en", en)!.body).not.toContain("tend to");
  });

  it("gives nothing without r", () => {
    expect(correlationReadingText({ status: "not-enough-teams", teams: 3, pearson: null, spearman: null }, "fr", fr)).toBeNull();
  });
});
