// The survey link email: localised, the link in both bodies, names escaped, accessible HTML
// without images; the error text kept on a contact never holds an address or a token.
import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/db/contacts/claim-due-link-emails";
import { scrubMailError } from "@/lib/mail/base";
import { buttonColour, renderSurveyLinkEmail } from "@/lib/mail/templates/survey-link";

const base = {
  organisationName: "Maison <Lumière> & Cie",
  brandColor: "#1d4ed8",
  url: "https://nps.example.fr/fr/r/AbCdEfGhIjKlMnOpQrStUv",
  expiresAt: new Date("2026-12-23T12:00:00Z"),
};

describe("renderSurveyLinkEmail", () => {
  it("writes French with the organisation, the link, why, and the expiry date", () => {
    const mail = renderSurveyLinkEmail({ ...base, locale: "fr" });
    expect(mail.subject).toBe("Maison <Lumière> & Cie : votre avis en 20 secondes");
    expect(mail.text).toContain(`Pour répondre : ${base.url}`);
    expect(mail.text).toContain("23 décembre 2026");
    expect(mail.text).toContain("aide l'équipe");
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain(`href="${base.url}"`);
    expect(mail.html).toContain("Maison &#60;Lumière&#62; &#38; Cie");
    expect(mail.html).not.toContain("<Lumière>");
    expect(mail.html).not.toMatch(/<img|<script|url\(/i);
  });

  it("writes English", () => {
    const mail = renderSurveyLinkEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Maison <Lumière> & Cie: your feedback in 20 seconds");
    expect(mail.text).toContain(`To answer: ${base.url}`);
    expect(mail.text).toContain("23 December 2026");
    expect(mail.html).toContain('<html lang="en">');
  });

  it("keeps the brand colour for the button only when white text on it stays readable", () => {
    expect(buttonColour("#1d4ed8")).toBe("#1d4ed8");
    expect(buttonColour("#ffd700")).toBe("#1d4ed8"); // gold: white text would fail WCAG AA
    expect(buttonColour("red; background:url(x)")).toBe("#1d4ed8");
  });
});

describe("mail failures", () => {
  it("scrubs addresses and secrets from error texts and bounds their length", () => {
    const error = new Error(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <claire@example.fr>: mailbox unavailable for TOKEN123",
    );
    const text = scrubMailError(error, ["TOKEN123", "claire@example.fr"]);
    expect(text).toBe("Can't send mail - all recipients were rejected: 550 5.1.1 <<redacted>>: mailbox unavailable for <redacted>");
    expect(scrubMailError("x@y.z said no " + "a".repeat(1000))).toMatch(/^<address> said no a+$/);
    expect(scrubMailError("x@y.z said no " + "a".repeat(1000))).toHaveLength(300);
  });

  it("backs off exponentially", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n) / 60_000)).toEqual([5, 15, 45, 135, 405]);
  });
});
