import { describe, expect, it } from "vitest";
import { bodyHtml, fillTemplate, renderCustomEmail, templateIssues } from "@/lib/wording/email-template";

describe("templateIssues", () => {
  it("accepts plain text with the kind's variables", () => {
    expect(templateIssues("SURVEY_LINK", "Bonjour, {{organisation}} attend votre avis : {{ link }} avant le {{closesOn}}.", 5000)).toEqual(
      [],
    );
    expect(templateIssues("PULSE_REMINDER", "Le pulse {{pulse}} ferme le {{closesOn}}. Moins de < 5 minutes.", 5000)).toEqual([]);
  });

  it("names an unknown variable, including one another kind offers", () => {
    expect(templateIssues("SURVEY_LINK", "{{pulse}} et {{prenom}} et {{prenom}}", 5000)).toEqual([
      { code: "unknownVariable", name: "pulse" },
      { code: "unknownVariable", name: "prenom" },
    ]);
  });

  it.each(["<b>hi</b>", "<script>alert(1)</script>", "</p>", "<!-- x -->", "{% if x %}", "${process.env}", "{{{link}}}", "<%= x %>"])(
    "refuses markup: %s",
    (text) => {
      expect(templateIssues("SURVEY_LINK", text, 5000).some((issue) => issue.code === "markup")).toBe(true);
    },
  );

  it("refuses a slot typed wrong, an empty and a too long text", () => {
    expect(templateIssues("SURVEY_LINK", "voir {{link}", 5000)).toEqual([{ code: "markup", text: "{{ }}" }]);
    expect(templateIssues("SURVEY_LINK", "  \n ", 5000)).toEqual([{ code: "empty" }]);
    expect(templateIssues("SURVEY_LINK", "x".repeat(11), 10)).toEqual([{ code: "tooLong", max: 10 }]);
  });
});

describe("rendering", () => {
  const values = { organisation: `Dupont & "Fils" <b>`, link: "https://x.test/fr/r/abc?a=1&b=2", closesOn: "3 mars 2027" };

  it("fills the plain text as is", () => {
    expect(fillTemplate("{{organisation}} — {{ link }} {{unknown}}", values)).toBe(
      `Dupont & "Fils" <b> — https://x.test/fr/r/abc?a=1&b=2 `,
    );
  });

  it("escapes the values and the text in the HTML, paragraphs and line breaks", () => {
    expect(bodyHtml("A & B {{organisation}}\nligne\n\nsuite", values)).toBe(
      '<p style="margin:0 0 16px">A &amp; B Dupont &amp; &quot;Fils&quot; &lt;b&gt;<br>ligne</p>\n<p style="margin:0 0 16px">suite</p>',
    );
  });

  it("renders a whole email with the link, footer and unsubscribe line, nothing unescaped", () => {
    const email = renderCustomEmail({
      locale: "fr",
      subject: "Votre avis sur\n{{organisation}}",
      body: "Merci de répondre : {{link}}",
      values,
      cta: "Donner mon avis",
      buttonColour: "#1d4ed8",
      footer: "Envoyé par Symétrie.",
      unsubscribe: { label: "Se désabonner", url: "https://x.test/fr/unsubscribe/t" },
    });
    expect(email.subject).toBe(`Votre avis sur Dupont & "Fils" <b>`);
    expect(email.text).toContain("Merci de répondre : https://x.test/fr/r/abc?a=1&b=2");
    expect(email.text).toContain("Se désabonner : https://x.test/fr/unsubscribe/t");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain("Dupont &amp; &quot;Fils&quot; &lt;b&gt;");
    expect(email.html).toContain('href="https://x.test/fr/r/abc?a=1&amp;b=2"');
    expect(email.html).toContain('href="https://x.test/fr/unsubscribe/t"');
  });
});
