// Free-text answers for the demo, by side and by score bucket (promoter, passive, detractor), in the
// voice of Maison Lumière's customers and staff. Each comment is composed from fragments
// (verbatim-banks.ts) by its own small generator, seeded from ONE draw of the caller's Rng: the
// demo's other draws (scores, ids, the stories) stay exactly where they were, and comments vary
// instead of repeating a handful of sentences hundreds of times.
import { Rng } from "./prng";
import { type Bank, CUSTOMER_EN, CUSTOMER_FR, EMPLOYEE_FR, EMPLOYEE_SUGGESTION_FR, OTHER_IRRITANTS, SLOTS } from "./verbatim-banks";

export type Bucket = "promoter" | "passive" | "detractor";

export function bucketOf(score: number): Bucket {
  return score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";
}

/** A sub-generator from a uniform draw in [0, 1) (what `rng.next()` gives). */
const subRng = (draw: number) => new Rng(Math.floor(draw * 4294967296));

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Replaces each {slot} with one of its values. */
function fill(rng: Rng, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => rng.pick(SLOTS[slot] ?? [slot]));
}

function compose(rng: Rng, bank: Bank): string {
  const remark = rng.pick(Object.values(bank.themes).flat());
  const parts = [rng.pick(bank.openings), capitalise(fill(rng, remark)), rng.pick(bank.closings)];
  return parts.filter((part) => part !== "").join(" ");
}

export function customerComment(draw: number, locale: "fr" | "en", score: number): string {
  return compose(subRng(draw), (locale === "en" ? CUSTOMER_EN : CUSTOMER_FR)[bucketOf(score)]);
}

export function employeeComment(draw: number, score: number): string {
  return compose(subRng(draw), EMPLOYEE_FR[bucketOf(score)]);
}

export function employeeSuggestion(draw: number): string {
  return compose(subRng(draw), EMPLOYEE_SUGGESTION_FR);
}

/** A stable draw from a seeded id (e.g. the response's uuid), for texts that had no draw of their own. */
export function drawFromId(id: string, salt: string): number {
  let hash = 2166136261;
  for (const char of `${salt}:${id}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 4294967296;
}

export function otherIrritant(draw: number, kind: keyof typeof OTHER_IRRITANTS): string {
  const rng = subRng(draw);
  return capitalise(fill(rng, rng.pick(OTHER_IRRITANTS[kind])));
}
