// Brand colour → colours the respondent page can use while keeping WCAG 2.1 AA contrast
// (relative luminance and contrast ratio as defined by WCAG 2.1, §1.4.3 and §1.4.11).
const DEFAULT_BRAND = "#1d4ed8";

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Darkens by mixing with black until the colour reaches `ratio` against white. */
function darkenUntil(hex: string, ratio: number): string {
  const [r, g, b] = channels(hex);
  for (let f = 1; f >= 0; f -= 0.05) {
    const mixed = `#${[r, g, b]
      .map((c) =>
        Math.round(c * f)
          .toString(16)
          .padStart(2, "0"),
      )
      .join("")}`;
    if (contrastRatio(mixed, "#ffffff") >= ratio) return mixed;
  }
  return "#000000";
}

export interface BrandPalette {
  /** The organisation's colour, for filled areas (header band, selected score). */
  brand: string;
  /** Text on `brand`: black or white, whichever contrasts more — always ≥ 4.58:1 (√21). */
  onBrand: string;
  /** The brand colour made dark enough to be text or a focus ring on white (≥ 4.5:1). */
  accent: string;
}

/** Palettes already worked out, per validated colour (a few per organisation; bounded anyway). */
const palettes = new Map<string, Readonly<BrandPalette>>();
const MAX_PALETTES = 1_000;

export function brandPalette(raw: string | null | undefined): BrandPalette {
  const brand = raw && /^#[0-9a-f]{6}$/i.test(raw) ? raw.toLowerCase() : DEFAULT_BRAND;
  const known = palettes.get(brand);
  if (known) return { ...known };
  const onBrand = contrastRatio(brand, "#ffffff") >= contrastRatio(brand, "#000000") ? "#ffffff" : "#000000";
  const palette = { brand, onBrand, accent: darkenUntil(brand, 4.5) };
  if (palettes.size >= MAX_PALETTES) palettes.clear();
  palettes.set(brand, Object.freeze({ ...palette }));
  return palette;
}
