// Pure: how the dashboard names what it shows — dimensions, channels, catalogue entries in the
// reader's language — shared by the pages and their CSV exports so both say the same words.
import type { IrritantRowDto } from "@/lib/db/dashboard/get-team-detail";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

export const localLabel = (locale: Locale, entry: { labelFr: string; labelEn: string }) =>
  locale === "fr" ? entry.labelFr : entry.labelEn;

export function dimensionLabel(dimension: string, t: Messages): string {
  const labels: Record<string, string> = t.symmetry.dimensions;
  return labels[dimension] ?? dimension;
}

export function channelLabel(channel: string, t: Messages): string {
  const labels: Record<string, string> = t.symmetry.channels;
  return labels[channel] ?? channel;
}

/** Irritant labels the page knows: both sides' top lists (a mirror carries only its key). */
export function irritantLabels(irritants: { customer: IrritantRowDto[]; employee: IrritantRowDto[] }, locale: Locale): Map<string, string> {
  return new Map([...irritants.customer, ...irritants.employee].map((row) => [row.irritantId, localLabel(locale, row)]));
}

export function mirrorLabel(mirror: NonNullable<IrritantRowDto["mirror"]>, labels: ReadonlyMap<string, string>): string {
  return labels.get(mirror.irritantId) ?? mirror.key.replaceAll("_", " ");
}
