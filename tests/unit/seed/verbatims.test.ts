// The demo's comment composer: deterministic for a draw, plausible (no unfilled slot), and varied —
// as many comments as the demo seeds for one bucket repeat each sentence only a few times.
import { describe, expect, it } from "vitest";
import { Rng } from "@/scripts/db/seed/prng";
import { customerComment, employeeComment, employeeSuggestion, otherIrritant } from "@/scripts/db/seed/verbatims";

function maxRepeats(texts: string[]): number {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return Math.max(...counts.values());
}

const draws = (n: number) => {
  const rng = new Rng(19);
  return Array.from({ length: n }, () => rng.next());
};

describe("demo verbatims", () => {
  it("gives the same comment for the same draw", () => {
    expect(customerComment(0.42, "fr", 3)).toBe(customerComment(0.42, "fr", 3));
    expect(employeeComment(0.42, 10)).toBe(employeeComment(0.42, 10));
  });

  it("fills every slot and starts with a capital", () => {
    const texts = draws(500).flatMap((d) => [
      customerComment(d, "fr", 2),
      customerComment(d, "en", 8),
      employeeComment(d, 5),
      employeeSuggestion(d),
      otherIrritant(d, "customerFr"),
    ]);
    for (const text of texts) {
      expect(text).not.toMatch(/[{}]/);
      expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
    }
  });

  it("repeats no sentence more than a few times over a demo's worth of comments", () => {
    // About 1 500 French detractor comments and 700 employee comments in the seeded demo.
    expect(maxRepeats(draws(1500).map((d) => customerComment(d, "fr", 3)))).toBeLessThanOrEqual(8);
    expect(maxRepeats(draws(1500).map((d) => customerComment(d, "fr", 10)))).toBeLessThanOrEqual(8);
    expect(maxRepeats(draws(700).map((d) => employeeComment(d, 4)))).toBeLessThanOrEqual(8);
    expect(maxRepeats(draws(400).map((d) => employeeSuggestion(d)))).toBeLessThanOrEqual(8);
  });
});
