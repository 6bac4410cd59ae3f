// Pure: how the dashboard names what it shows — dimensions, channels, catalogue entries in the
// reader's language — shared by the pages and their CSV exports so both say the same words.
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

export const localLabel = (locale: Locale, entry: { labelFr: string; labelEn: string }) =>
  locale === "fr" ? entry.labelFr : entry.labelEn;

export function dimensionLabel(dimension: string, t: Messages): string {
  const labels: Record<string, string> = t.symmetry.dimensions;
  return labels[dimension] ?? dimension;
}

/** A mirrored item's name: the standard dimension's name, else (an organisation's own pair) its customer wording. */
export function itemLabel(item: { dimension: string; labelFr: string; labelEn: string }, locale: Locale, t: Messages): string {
  const labels: Record<string, string> = t.symmetry.dimensions;
  return labels[item.dimension] ?? localLabel(locale, item);
}

export function channelLabel(channel: string, t: Messages): string {
  const labels: Record<string, string> = t.symmetry.channels;
  return labels[channel] ?? channel;
}
