// The respondent's privacy notice (issue 19 §5): what is kept of a customer's answer and why,
// who to contact (the organisation) and for how long, as a light page in the survey's look —
// a complete HTML Response like the survey's own screens (respondent-response.ts).
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { fmt } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import type { PrivacyNoticeDto } from "@/lib/db/organisations/find-privacy-notice";
import { brandPalette } from "./brand-colors";
import { documentOf, htmlResponse, newNonce } from "./respondent-response";
import { SurveyDocument } from "./survey-document";
import { SurveyMessage } from "./survey-message";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="legend-like">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function renderPrivacyNotice(locale: Locale, notice: PrivacyNoticeDto | null): Response {
  const t = getMessages(locale).survey;
  const nonce = newNonce();
  if (!notice) {
    const page = (
      <SurveyDocument locale={locale} title={t.notFoundTitle} palette={brandPalette(null)} nonce={nonce}>
        <SurveyMessage t={t} kind="notFound" />
      </SurveyDocument>
    );
    return htmlResponse(documentOf(page), 404, nonce);
  }
  const p = t.privacyNotice;
  const name = notice.organisationName;
  const page = (
    <SurveyDocument
      locale={locale}
      title={fmt(p.title, { name })}
      palette={brandPalette(notice.brandColor)}
      nonce={nonce}
      organisationName={name}
    >
      <h1>{fmt(p.title, { name })}</h1>
      <p>{fmt(p.lead, { name })}</p>
      <Section id="kept" title={p.keptTitle}>
        <ul>
          <li>{p.keptAnswer}</li>
          <li>{p.keptContact}</li>
        </ul>
        <p>{p.notKept}</p>
      </Section>
      <Section id="why" title={p.whyTitle}>
        <p>{fmt(p.why, { name })}</p>
        <p>{fmt(p.followUp, { name })}</p>
      </Section>
      <Section id="who" title={p.whoTitle}>
        <p>{fmt(p.who, { name })}</p>
      </Section>
      <Section id="how-long" title={p.howLongTitle}>
        <p>{fmt(p.howLong, { name, days: notice.linkExpiryDays })}</p>
      </Section>
    </SurveyDocument>
  );
  return htmlResponse(documentOf(page), 200, nonce);
}
