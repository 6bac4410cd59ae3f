// The printable QR code of one contact's survey link (issue 13 §3, ADMIN and CX: contacts:manage):
// the code, the organisation's name and a short invitation in both languages, laid out for paper
// (the app's header and this page's buttons are not printed). An answered or expired link has no
// code left to print: the page says so.
import Link from "next/link";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getContactLink, type ContactLinkDto } from "@/lib/db/contacts/get-contact-link";
import { ExpectedError } from "@/lib/errors";
import { pageBaseUrl } from "@/lib/http/page-base-url";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { qrPng, qrSvg } from "@/lib/qr/render-qr";
import { PrintButton } from "@/components/contacts/print-button";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = pageTitle((t) => t.qrCatalogue.qrTitle);

// Paper only: no app header, no buttons, the code centred on the page.
const PRINT_CSS = `@media print { body > div > header { display: none !important } main { max-width: none !important; padding: 0 !important } }`;

const gone = (error: unknown): error is ExpectedError => error instanceof ExpectedError && error.code === "GONE";

export default async function ContactQrPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const { id } = await params;
  const m = t.qrCatalogue;
  const actor = await requireActor(locale, `/${locale}/contacts/${id}/qr`);
  const back = (
    <Link href={`/${locale}/contacts`} className="text-blue-700 underline print:hidden">
      {m.qrBack}
    </Link>
  );
  let link: ContactLinkDto;
  try {
    link = await orPageError(getContactLink(actor, id));
  } catch (error) {
    if (!gone(error)) throw error;
    return (
      <section aria-labelledby="qr-gone" className="flex flex-col gap-3" data-testid="qr-gone">
        <h1 id="qr-gone" className="text-2xl font-semibold">
          {m.qrGoneTitle}
        </h1>
        <p>{m.qrGoneText}</p>
        <p>{back}</p>
      </section>
    );
  }
  const url = `${await pageBaseUrl()}${link.path}`;
  const [svg, png] = await Promise.all([qrSvg(url), qrPng(url)]);
  const svgData = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const fileName = `qr-${link.externalId ?? link.id}`.replace(/[^A-Za-z0-9_-]/g, "_");
  // The invitation first in the contact's language, then in the other one.
  const other = link.locale === "fr" ? "en" : "fr";
  const invitations = link.locale === locale ? [m.qrInvitation, m.qrInvitationOther] : [m.qrInvitationOther, m.qrInvitation];
  return (
    <>
      <style>{PRINT_CSS}</style>
      <p className="mb-4 flex flex-wrap gap-4 text-sm print:hidden">
        {back}
        <PrintButton label={m.qrPrint} />
        <a className="text-blue-700 underline" href={svgData} download={`${fileName}.svg`}>
          {m.qrDownloadSvg}
        </a>
        <a className="text-blue-700 underline" href={`data:image/png;base64,${png.toString("base64")}`} download={`${fileName}.png`}>
          {m.qrDownloadPng}
        </a>
      </p>
      <article
        className="mx-auto flex max-w-md flex-col items-center gap-4 rounded-lg bg-white p-8 text-center shadow-sm ring-1 ring-slate-200 print:shadow-none print:ring-0"
        data-testid="qr-sheet"
      >
        <h1 className="text-2xl font-semibold" data-testid="qr-organisation">
          {link.organisationName}
        </h1>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server, nothing to optimise */}
        <img src={svgData} alt={m.qrAlt} width={288} height={288} data-testid="qr-image" />
        <p lang={link.locale} className="text-lg">
          {invitations[0]}
        </p>
        <p lang={other} className="text-slate-700">
          {invitations[1]}
        </p>
        <p className="font-mono text-xs break-all text-slate-500">{url}</p>
      </article>
    </>
  );
}
