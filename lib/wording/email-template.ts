// An organisation's own email wording (docs/emails.md): a subject and a body of plain text with
// `{{variable}}` slots, nothing else. Pure (server, worker and the settings page's live preview
// all call it): validation names what is wrong; rendering escapes every value (and the
// organisation's own text) in the HTML part, so a template can never carry markup or code.

export const EMAIL_TEMPLATE_KINDS = ["SURVEY_LINK", "PULSE_INVITATION", "PULSE_REMINDER"] as const;
export type EmailTemplateKind = (typeof EMAIL_TEMPLATE_KINDS)[number];

export const TEMPLATE_VARIABLES = ["organisation", "link", "closesOn", "pulse"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** Which variables each kind offers: a customer's survey mail has no pulse. */
export const VARIABLES_BY_KIND: Record<EmailTemplateKind, readonly TemplateVariable[]> = {
  SURVEY_LINK: ["organisation", "link", "closesOn"],
  PULSE_INVITATION: ["organisation", "pulse", "link", "closesOn"],
  PULSE_REMINDER: ["organisation", "pulse", "link", "closesOn"],
};

export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;

export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export type TemplateIssue =
  { code: "unknownVariable"; name: string } | { code: "markup"; text: string } | { code: "empty" } | { code: "tooLong"; max: number };

const SLOT = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** Tags, comments, processing instructions and the delimiters of common template languages. */
const MARKUP = /<\s*[A-Za-z/!?%]|\{%|%\}|\{#|#\}|\$\{|<%|%>|\{\{\{|\}\}\}/;

/** What is wrong with one field of a template of that kind; [] when it can be stored. */
export function templateIssues(kind: EmailTemplateKind, text: string, max: number): TemplateIssue[] {
  if (text.trim() === "") return [{ code: "empty" }];
  const issues: TemplateIssue[] = [];
  if (text.length > max) issues.push({ code: "tooLong", max });
  const markup = MARKUP.exec(text);
  if (markup) issues.push({ code: "markup", text: text.slice(markup.index, markup.index + 12).split(/\s/)[0] || markup[0] });
  const allowed: readonly string[] = VARIABLES_BY_KIND[kind];
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(SLOT)) if (!allowed.includes(name!)) unknown.add(name!);
  for (const name of unknown) issues.push({ code: "unknownVariable", name });
  // A brace left alone once the slots are gone is a slot typed wrong ("{organisation}}", "{{link}").
  if (!markup && /\{\{|\}\}/.test(text.replace(SLOT, ""))) issues.push({ code: "markup", text: "{{ }}" });
  return issues;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The text with each slot replaced by its value (a missing value leaves nothing). Plain text. */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(SLOT, (_, name: string) => values[name as TemplateVariable] ?? "");
}

/** The body as HTML paragraphs: everything escaped, blank lines split paragraphs, single newlines break lines. */
export function bodyHtml(body: string, values: TemplateValues): string {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        `<p style="margin:0 0 16px">${paragraph
          .split(SLOT)
          .map((piece, i) => escapeHtml(i % 2 === 0 ? piece : (values[piece as TemplateVariable] ?? "")))
          .join("")
          .replace(/\n/g, "<br>")}</p>`,
    )
    .join("\n");
}

export interface CustomEmailInput {
  locale: string;
  subject: string;
  body: string;
  values: TemplateValues;
  /** The button's text and colour (already contrast-checked by the caller). */
  cta: string;
  buttonColour: string;
  /** Small print under the body (why this email came), plain text. */
  footer: string;
  /** The unsubscribe line of a customer email, plain text and address. */
  unsubscribe?: { label: string; url: string };
}

export interface RenderedTemplateEmail {
  subject: string;
  text: string;
  html: string;
}

/** The organisation's subject and body in the platform's accessible layout: button, plain link, footer. */
export function renderCustomEmail(input: CustomEmailInput): RenderedTemplateEmail {
  const subject = fillTemplate(input.subject, input.values).replace(/\s+/g, " ").trim();
  const link = input.values.link ?? "";
  const unsubscribeText = input.unsubscribe ? ["", `${input.unsubscribe.label} : ${input.unsubscribe.url}`] : [];
  const text = [
    fillTemplate(input.body, input.values).trim(),
    "",
    `${input.cta} : ${link}`,
    "",
    "—",
    input.footer,
    ...unsubscribeText,
    "",
  ].join("\n");
  const url = escapeHtml(link);
  const unsubscribeHtml = input.unsubscribe
    ? `\n<p style="margin:8px 0 0;font-size:13px"><a href="${escapeHtml(input.unsubscribe.url)}" style="color:#475569">${escapeHtml(input.unsubscribe.label)}</a></p>`
    : "";
  const html = `<!doctype html>
<html lang="${escapeHtml(input.locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${bodyHtml(input.body, input.values)}
<p style="margin:8px 0 24px"><a href="${url}" style="display:inline-block;background:${escapeHtml(input.buttonColour)};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px">${escapeHtml(input.cta)}</a></p>
<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${url}" style="color:#1d4ed8">${url}</a></p>
<p style="margin:24px 0 0;font-size:13px;color:#64748b">${escapeHtml(input.footer)}</p>${unsubscribeHtml}
</div>
</body>
</html>
`;
  return { subject, text, html };
}
