// The employee answer page's HTML: the same accessible form as the customer's (named 1–5
// choices, errors summarised and linked to their fields, aria-invalid), the same headers.
import { describe, expect, it } from "vitest";
import { renderPulseForm, renderPulseMessage } from "@/components/pulses/render-pulse-page";
import type { PulseFormDto } from "@/lib/db/pulses/find-pulse-form";
import { emptyAnswerDraft } from "@/lib/pulses/answer-schema";

const ITEM = "11111111-1111-4111-8111-111111111111";
const IRRITANT = "22222222-2222-4222-8222-222222222222";
const form: PulseFormDto = {
  pulseId: "33333333-3333-4333-8333-333333333333",
  pulseName: "Baromètre",
  organisationName: "Maison <Lumière>",
  brandColor: "#1d4ed8",
  minGroupSize: 5,
  closesAt: new Date("2026-12-31T00:00:00Z"),
  includeSuggestion: true,
  items: [{ id: ITEM, text: "My manager listens to me" }],
  irritants: [{ id: IRRITANT, label: "Slow tools" }],
};

describe("renderPulseForm", () => {
  it("names every 1–5 choice with its agreement label, in the reader's language", async () => {
    const html = await renderPulseForm({ locale: "en", form, action: "/en/p/x", draft: emptyAnswerDraft(), errors: [] }).text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain("How likely is it that you would recommend Maison &lt;Lumière&gt; as a place to work?");
    ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"].forEach((label, i) => {
      expect(html).toContain(`<label for="item-${ITEM}-${i + 1}">${i + 1}<span class="sr"> – <!-- -->${label}</span></label>`);
    });
    expect(html).not.toContain('aria-invalid="true"');
  });

  it("summarises each error as a link to its field, and marks and describes the fields", async () => {
    const draft = { ...emptyAnswerDraft(), suggestion: "kept" };
    const response = renderPulseForm(
      { locale: "fr", form, action: "/fr/p/x", draft, errors: ["score", "items", "irritants", "suggestion"] },
      422,
    );
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toMatch(/<div class="errors" role="alert" aria-labelledby="error-summary-title"/);
    for (const anchor of ["#score-0", `#item-${ITEM}-1`, `#irritant-${IRRITANT}`, "#suggestion"])
      expect(html).toContain(`href="${anchor}"`);
    expect(html).toContain('aria-describedby="score-error score-ends"');
    expect(html).toContain('aria-describedby="items-error items-ends"');
    expect(html).toContain('aria-describedby="irritants-error"');
    expect(html).toMatch(
      /<textarea id="suggestion" name="suggestion" maxLength="2000" aria-describedby="suggestion-error suggestion-hint" aria-invalid="true">kept<\/textarea>/,
    );
    expect(html).toMatch(/id="score-0" aria-invalid="true"/);
    expect(html).toMatch(new RegExp(`id="item-${ITEM}-3" aria-invalid="true"`));
  });

  it("HR's preview cannot be sent and ships no script", async () => {
    const html = await renderPulseForm({ locale: "fr", form, action: null, draft: emptyAnswerDraft(), errors: [] }).text();
    expect(html).toMatch(/<form id="survey" noValidate="" method="post">/); // no action attribute
    expect(html).toMatch(/<button type="submit" disabled=""/);
    expect(html).not.toContain("<script");
  });
});

describe("renderPulseMessage", () => {
  it("answers with the respondent pages' headers and the retry hint on errors", async () => {
    const response = renderPulseMessage("en", "error", 503, { "Retry-After": "5" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'nonce-/);
    expect(await response.text()).toContain("<h1>Something went wrong</h1>");
  });
});

describe("the organisation's own employee wording", () => {
  it("names it in the question, shows its introduction and its thank-you, escaped", async () => {
    const own = { ...form, questionName: "la <Maison>", intro: "Votre voix <compte>." };
    const html = await renderPulseForm({ locale: "fr", form: own, action: "/fr/p/x", draft: emptyAnswerDraft(), errors: [] }).text();
    expect(html).toContain("recommandiez la &lt;Maison&gt; comme employeur");
    expect(html).toContain("Votre voix &lt;compte&gt;.");
    const thanks = await renderPulseMessage("fr", "thanks", 200, {}, "Merci <3").text();
    expect(thanks).toContain("Merci &lt;3");
  });
});
