// Turns a customer link's screen into a complete HTML Response (respondent-response.ts: no
// framework JS, no-referrer, no caching, strict CSP with a per-response nonce).
//
// This is the hottest page: a blank form (every GET) and each one-message screen are
// rendered by React once per process and per exact content (locale, organisation name and
// colour, catalogue), with markers where the per-request values go (nonce, action URL,
// submissionId), then kept as encoded bytes. Nothing per respondent is ever cached, only the
// markup every respondent of that organisation shares; a miss just renders again, so the
// cache is never needed for correctness. A form redrawn with answers or errors is always
// rendered afresh.
import type { ReactElement } from "react";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import type { SurveyFormDto } from "@/lib/db/survey-links/find-survey-link";
import { isBlankDraft } from "@/lib/surveys/posted-fields";
import type { CustomerResponseDraft, ResponseField } from "@/lib/surveys/response-schema";
import { brandPalette } from "./brand-colors";
import { documentOf, htmlResponse, newNonce } from "./respondent-response";
import { SurveyDocument } from "./survey-document";
import { contactRecall, privacyHref, SurveyForm } from "./survey-form";
import { SurveyMessage, surveyMessageTitle, type SurveyMessageKind } from "./survey-message";

// ── Templates: rendered markup split at per-request slots ─────────────────────────────────
// The markers are private-use characters that React never escapes and no message, name or
// catalogue text is expected to hold; a template whose markers do not all come back exactly
// where expected is not used (the page is then rendered directly).
type Slot = "nonce" | "action" | "submissionId";
const MARK = "\uE000";
const marker = (slot: Slot) => `${MARK}${slot}${MARK}`;
const SLOTS = new RegExp(`${MARK}(nonce|action|submissionId)${MARK}`);

interface Template {
  /** Static byte runs; slots[i] goes between parts[i] and parts[i + 1]. */
  parts: Buffer[];
  slots: Slot[];
}

function templateOf(html: string, expected: Record<Slot, number>): Template | null {
  const pieces = html.split(SLOTS);
  const parts: Buffer[] = [];
  const slots: Slot[] = [];
  pieces.forEach((piece, i) => (i % 2 === 0 ? parts.push(Buffer.from(piece, "utf8")) : slots.push(piece as Slot)));
  const counts: Record<Slot, number> = { nonce: 0, action: 0, submissionId: 0 };
  for (const slot of slots) counts[slot]++;
  const exact = (Object.keys(expected) as Slot[]).every((slot) => counts[slot] === expected[slot]);
  return exact && !pieces.some((piece, i) => i % 2 === 0 && piece.includes(MARK)) ? { parts, slots } : null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
/** The escaping React applies to attribute values. */
function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function fill(template: Template, values: Record<Slot, string>): Uint8Array<ArrayBuffer> {
  const chunks: Buffer[] = [template.parts[0]!];
  template.slots.forEach((slot, i) => chunks.push(Buffer.from(escapeAttribute(values[slot]), "utf8"), template.parts[i + 1]!));
  return Buffer.concat(chunks);
}

/** Per-process, bounded; insertion order makes the oldest entry the first to go. */
class TemplateCache {
  private readonly entries = new Map<string, Template | null>();
  constructor(private readonly max: number) {}

  get(key: string, build: () => Template | null): Template | null {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const template = build();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, template);
    return template;
  }
}

const blankForms = new TemplateCache(500);
const messages = new TemplateCache(1_000);

function html(body: string | Uint8Array<ArrayBuffer>, status: number, nonce: string, extra: Record<string, string>): Promise<Response> {
  return Promise.resolve(htmlResponse(body, status, nonce, extra));
}

export interface FormScreen {
  locale: Locale;
  form: SurveyFormDto;
  action: string;
  draft: CustomerResponseDraft;
  errors: ResponseField[];
}

function formPage({ locale, form, action, draft, errors }: FormScreen, nonce: string): ReactElement {
  const t = getMessages(locale).survey;
  const title = fmt(t.title, { name: form.organisationName });
  return (
    <SurveyDocument
      locale={locale}
      title={errors.length ? `${t.errorSummary} – ${title}` : title}
      palette={brandPalette(form.brandColor)}
      nonce={nonce}
      organisationName={form.organisationName}
      withScript
    >
      <SurveyForm locale={locale} t={t} form={form} action={action} draft={draft} errors={errors} />
    </SurveyDocument>
  );
}

export function renderSurveyForm(screen: FormScreen, status = 200): Promise<Response> {
  const nonce = newNonce();
  const { locale, form, action, draft, errors } = screen;
  if (errors.length === 0 && isBlankDraft(draft)) {
    // The recalled contact (channel and day) is part of the shared markup: a few entries per day.
    const recall = contactRecall(locale, getMessages(locale).survey, form.contact);
    const key = JSON.stringify([
      locale,
      form.organisationName,
      form.organisationSlug,
      form.brandColor,
      form.questionName,
      form.intro,
      recall,
      form.items,
      form.irritants,
    ]);
    const template = blankForms.get(key, () => {
      const blank = { ...draft, submissionId: marker("submissionId") };
      return templateOf(documentOf(formPage({ ...screen, action: marker("action"), draft: blank }, marker("nonce"))), {
        nonce: 2,
        action: 1,
        submissionId: 1,
      });
    });
    if (template) return html(fill(template, { nonce, action, submissionId: draft.submissionId }), status, nonce, {});
  }
  return html(documentOf(formPage(screen, nonce)), status, nonce, {});
}

export interface MessageScreen {
  locale: Locale;
  kind: SurveyMessageKind;
  status: number;
  organisationName?: string;
  brandColor?: string;
  /** Known for a real link: its screens link the organisation's privacy notice. */
  organisationSlug?: string;
  /** The organisation's own thank-you text (SurveyWording), for the "thanks" screen. */
  thankYou?: string | null;
  headers?: Record<string, string>;
}

function messagePage(
  { locale, kind, organisationName, brandColor, organisationSlug, thankYou }: MessageScreen,
  nonce: string,
): ReactElement {
  const t = getMessages(locale).survey;
  return (
    <SurveyDocument
      locale={locale}
      title={surveyMessageTitle(t, kind)}
      palette={brandPalette(brandColor)}
      nonce={nonce}
      organisationName={organisationName}
    >
      <SurveyMessage
        t={t}
        kind={kind}
        organisationName={organisationName}
        thankYou={kind === "thanks" ? thankYou : null}
        privacyHref={organisationSlug ? privacyHref(locale, organisationSlug) : undefined}
      />
    </SurveyDocument>
  );
}

export function renderSurveyMessage(screen: MessageScreen): Promise<Response> {
  const { locale, kind, status, organisationName, brandColor, organisationSlug, thankYou, headers = {} } = screen;
  const nonce = newNonce();
  const key = JSON.stringify([locale, kind, organisationName ?? null, brandColor ?? null, organisationSlug ?? null, thankYou ?? null]);
  const template = messages.get(key, () =>
    templateOf(documentOf(messagePage(screen, marker("nonce"))), { nonce: 1, action: 0, submissionId: 0 }),
  );
  return html(
    template ? fill(template, { nonce, action: "", submissionId: "" }) : documentOf(messagePage(screen, nonce)),
    status,
    nonce,
    headers,
  );
}
