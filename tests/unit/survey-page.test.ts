// The respondent page's HTML: accessible structure (lang, fieldset/legend, labelled radios,
// linked error summary), brand contrast, no external script, the security headers.
import { describe, expect, it } from "vitest";
import { brandPalette, contrastRatio } from "@/components/survey/brand-colors";
import { renderSurveyForm, renderSurveyMessage } from "@/components/survey/render-survey-page";
import type { SurveyFormDto } from "@/lib/db/survey-links/find-survey-link";

const form: SurveyFormDto = {
  status: "open",
  organisationName: "Maison <Lumière>",
  brandColor: "#ffd400",
  organisationSlug: "maison-lumiere",
  questionName: null,
  intro: null,
  thankYou: null,
  // 23:30 UTC on 2 December is already 3 December in Paris.
  contact: { channel: "PHONE", occurredAt: new Date("2026-12-02T23:30:00Z") },
  items: [{ id: "11111111-1111-4111-8111-111111111111", text: "The advisor listened to me" }],
  irritants: [{ id: "22222222-2222-4222-8222-222222222222", label: "Waiting time" }],
};
const draft = {
  submissionId: "33333333-3333-4333-8333-333333333333",
  score: "",
  comment: "",
  items: {},
  irritantIds: [],
  irritantOther: "",
};

describe("brandPalette", () => {
  it.each(["#ffd400", "#1d4ed8", "#000000", "#ffffff", "#777777", "#00ff00"])("keeps AA contrast for %s", (color) => {
    const palette = brandPalette(color);
    expect(contrastRatio(palette.brand, palette.onBrand)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.accent, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("matches WCAG reference values and ignores malformed colours", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(brandPalette("red; background:url(x)").brand).toBe("#1d4ed8");
    expect(brandPalette("#ffd400").onBrand).toBe("#000000");
  });
});

describe("renderSurveyForm", () => {
  it("renders an accessible form in the URL's language with the standard NPS wording", async () => {
    const response = await renderSurveyForm({ locale: "en", form, action: "/en/r/tok", draft, errors: [] });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain("How likely is it that you would recommend Maison &lt;Lumière&gt; to a friend or colleague?");
    expect(html).toContain("Not at all likely");
    expect(html).toContain("Extremely likely");
    for (let score = 0; score <= 10; score++) {
      expect(html).toContain(`id="score-${score}" name="score" value="${score}"`);
      expect(html).toContain(`for="score-${score}"`);
    }
    expect(html.match(/<fieldset/g)?.length).toBe(3); // NPS, one item, irritants
    expect(html.match(/<legend/g)?.length).toBe(3);
    expect(html).toContain('name="submissionId" value="33333333-3333-4333-8333-333333333333"');
    expect(html).not.toMatch(/<script[^>]+src=/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(html).toContain(`<script nonce="${nonce}">`);
  });

  it("links each error of the summary to its field and answers in French", async () => {
    const response = await renderSurveyForm(
      { locale: "fr", form, action: "/fr/r/tok", draft: { ...draft, comment: "gardé" }, errors: ["score", "irritants"] },
      422,
    );
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/role="alert"[^>]*>/);
    expect(html).toContain('href="#score-0"');
    expect(html).toContain('href="#irritant-22222222-2222-4222-8222-222222222222"');
    expect(html).toContain("Choisissez une note de 0 à 10.");
    expect(html).toContain('aria-describedby="score-error score-ends"');
    expect(html).toContain(">gardé</textarea>");
  });
});

describe("the form's header and footer (issue 19 §5)", () => {
  it("recalls the contact in Paris time, counts the questions it asks and links the privacy notice", async () => {
    const fr = await (await renderSurveyForm({ locale: "fr", form, action: "/fr/r/tok", draft, errors: [] })).text();
    expect(fr).toContain("Suite à votre appel du 3 décembre 2026.");
    expect(fr).toContain("4 questions, environ 1 minute. Seule la première est obligatoire.");
    expect(fr).toContain('href="/fr/privacy/maison-lumiere"');
    const eight = {
      ...form,
      contact: { channel: "STORE" as const, occurredAt: new Date("2026-12-03T10:00:00Z") },
      items: [1, 2, 3, 4, 5].map((i) => ({ id: `1111111${i}-1111-4111-8111-111111111111`, text: `S${i}` })),
    };
    const en = await (await renderSurveyForm({ locale: "en", form: eight, action: "/en/r/tok", draft, errors: [] })).text();
    expect(en).toContain("Following your visit to our shop on 3 December 2026.");
    expect(en).toContain("8 questions, about 2 minutes. Only the first one is required.");
    expect(en).toContain('href="/en/privacy/maison-lumiere"');
  });

  it("the thank-you page links the privacy notice and wears the brand colour", async () => {
    const response = await renderSurveyMessage({
      locale: "fr",
      kind: "thanks",
      status: 200,
      organisationName: "Maison Lumière",
      brandColor: "#0f766e",
      organisationSlug: "maison-lumiere",
    });
    const html = await response.text();
    expect(html).toContain('href="/fr/privacy/maison-lumiere"');
    expect(html).toContain("--brand:#0f766e");
    expect(html).toContain('data-state="thanks"');
  });
});

describe("renderSurveyMessage", () => {
  it.each([
    ["notFound", 404, "fr", "Lien introuvable"],
    ["expired", 410, "en", "This link has expired"],
    ["answered", 200, "fr", "Vous avez déjà répondu"],
    ["tooMany", 429, "en", "Too many attempts"],
  ] as const)("%s → %i in %s", async (kind, status, locale, title) => {
    const response = await renderSurveyMessage({ locale, kind, status });
    const html = await response.text();
    expect(response.status).toBe(status);
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).not.toContain("<script");
  });
});

describe("the organisation's own wording", () => {
  it("uses its name in the questions, its introduction and its thank-you, escaped", async () => {
    const own = { ...form, questionName: "l'atelier <Lumière>", intro: "Merci de <b>prendre</b> une minute." };
    const page = await (await renderSurveyForm({ locale: "fr", form: own, action: "/fr/r/x", draft, errors: [] })).text();
    expect(page).toContain("recommandiez l&#x27;atelier &lt;Lumière&gt;");
    expect(page).toContain("Merci de &lt;b&gt;prendre&lt;/b&gt; une minute.");
    const thanks = await (await renderSurveyMessage({ locale: "fr", kind: "thanks", status: 200, thankYou: "À bientôt <3" })).text();
    expect(thanks).toContain("À bientôt &lt;3");
  });
});
