// The respondent page's HTML document: lang, viewport, title, the inline stylesheet and
// (for the form) the inline enhancement script, both allowed by the response's CSP nonce.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { BrandPalette } from "./brand-colors";
import { ENHANCE_SCRIPT } from "./enhance-script";
import { surveyStyles } from "./survey-styles";

interface Props {
  locale: Locale;
  title: string;
  palette: BrandPalette;
  nonce: string;
  /** The organisation's name in the top band; absent on pages for unknown links. */
  organisationName?: string;
  withScript?: boolean;
  children: ReactNode;
}

export function SurveyDocument({ locale, title, palette, nonce, organisationName, withScript = false, children }: Props) {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{title}</title>
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: surveyStyles(palette) }} />
      </head>
      <body>
        {organisationName ? <header className="band">{organisationName}</header> : null}
        <main id="main">{children}</main>
        {withScript ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ENHANCE_SCRIPT }} /> : null}
      </body>
    </html>
  );
}
