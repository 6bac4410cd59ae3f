// The theme editor's refusals in French and English: every sentence the rules can produce
// (taken from the real zod schema and the data layer's stop-word sentence, so a changed rule
// shows here) maps to a message of the reader's language, the keyword kept.
import { describe, expect, it } from "vitest";
import { getMessages } from "@/lib/i18n/messages";
import { firstFieldErrors } from "@/lib/organisations/fields";
import { ZThemeEdit } from "@/lib/themes/theme-edit";
import { themeEditSentence } from "@/lib/themes/theme-edit-sentences";

const valid = { labelFr: "Attente", labelEn: "Waiting", keywordsFr: "attente", keywordsEn: "", active: true };

function refusal(input: Record<string, unknown>): string {
  const parsed = ZThemeEdit.safeParse({ ...valid, ...input });
  if (parsed.success) throw new Error("expected a refusal");
  return Object.values(firstFieldErrors(parsed.error))[0]!;
}

describe("themeEditSentence", () => {
  const fr = getMessages("fr");
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ keywordsFr: " , " }, "Indiquez au moins un mot-clé : un thème sans mot-clé ne correspondrait à aucun commentaire."],
    [
      { keywordsFr: "attente:*" },
      "« attente:* » ne peut contenir que des lettres, des chiffres, des espaces, des apostrophes et des tirets.",
    ],
    [{ keywordsFr: "x" }, "« x » est trop court : 2 caractères au moins."],
    [{ keywordsFr: "a".repeat(61) }, `« ${"a".repeat(61)} » est trop long : 60 caractères au plus.`],
    [{ keywordsFr: "'-'" }, "« '-' » ne peut contenir que des lettres, des chiffres, des espaces, des apostrophes et des tirets."],
    [{ keywordsFr: Array.from({ length: 41 }, (_, i) => `mot${i}`) }, "40 mots-clés au plus par langue."],
    [{ labelFr: " " }, "Le libellé ne peut pas être vide : c'est lui qui nomme le thème."],
    [{ labelEn: "x".repeat(121) }, "120 caractères au plus."],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(themeEditSentence(refusal(input), fr)).toBe(expected);
  });

  it("says the data layer's stop-word refusal in the reader's language, and keeps an unknown sentence", () => {
    const stopWords = "« pas de » is made only of words too common to search: use a more specific word";
    expect(themeEditSentence(stopWords, fr)).toBe(
      "« pas de » n'est fait que de mots trop courants pour être cherchés : choisissez un mot plus précis.",
    );
    expect(themeEditSentence(stopWords, getMessages("en"))).toBe(
      "« pas de » is made only of words too common to search: use a more specific word.",
    );
    expect(themeEditSentence("something new", fr)).toBe("something new");
  });
});
