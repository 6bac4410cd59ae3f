"use client";
// The brand colour field with a live preview of the respondent page's band: the contrast of
// white text on the colour (WCAG AA: 4.5:1) and the text colour the respondent page will
// really use (brandPalette, the same function the page calls).
import { useState } from "react";
import { brandPalette, contrastRatio } from "@/components/survey/brand-colors";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { FormField, inputClass } from "./form-field";

type Props = { locale: Locale; labels: Messages["settings"]; initial: string; error: string | null; sample: string };

const HEX = /^#[0-9a-fA-F]{6}$/;

function BrandPreview({
  locale,
  labels,
  colour,
  sample,
}: {
  locale: Locale;
  labels: Messages["settings"];
  colour: string;
  sample: string;
}) {
  if (!HEX.test(colour)) return <p className="text-sm text-slate-600">{labels.previewInvalid}</p>;
  const palette = brandPalette(colour);
  const ratio = contrastRatio(palette.brand, "#ffffff");
  const band = "rounded px-4 py-3 font-bold";
  return (
    <figure data-testid="brand-preview" className="grid gap-2 rounded border border-slate-200 p-3">
      <figcaption className="text-sm font-medium">{labels.previewTitle}</figcaption>
      <div className={band} style={{ background: palette.brand, color: "#ffffff" }}>
        {sample}
      </div>
      <p className="text-sm">
        {fmt(labels.previewRatio, { ratio: formatNumber(locale, ratio, { digits: 1 }) })}{" "}
        {ratio >= 4.5 ? labels.previewAa : labels.previewLow}
      </p>
      {palette.onBrand === "#ffffff" ? (
        <p className="text-sm">{labels.previewTextWhite}</p>
      ) : (
        <>
          <p className="text-sm">{labels.previewTextBlack}</p>
          <div className={band} style={{ background: palette.brand, color: palette.onBrand }}>
            {sample}
          </div>
        </>
      )}
    </figure>
  );
}

export function BrandColourField({ locale, labels, initial, error, sample }: Props) {
  const [colour, setColour] = useState(initial);
  const trimmed = colour.trim();
  return (
    <div className="grid gap-2">
      <FormField id="settings-brand-color" label={labels.brandColor} hint={labels.brandColorHint} error={error}>
        {(input) => (
          <div className="flex items-center gap-2">
            <input
              {...input}
              name="brandColor"
              value={colour}
              onChange={(event) => setColour(event.target.value)}
              maxLength={7}
              autoComplete="off"
              spellCheck={false}
              className={`${inputClass} w-32 font-mono`}
            />
            <input
              type="color"
              aria-label={labels.brandColorPicker}
              value={HEX.test(trimmed) ? trimmed.toLowerCase() : "#000000"}
              onChange={(event) => setColour(event.target.value)}
              className="h-10 w-12 cursor-pointer rounded border border-slate-400"
            />
          </div>
        )}
      </FormField>
      <BrandPreview locale={locale} labels={labels} colour={trimmed} sample={sample} />
    </div>
  );
}
