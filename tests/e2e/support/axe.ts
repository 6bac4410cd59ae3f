// WCAG 2.1 A and AA with axe-core on the page as it is: any violation fails with its rule and
// the elements concerned (the same check as accessibility.spec.ts, for specs of their own pages).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(summary, `${what}: WCAG 2.1 AA violations`).toEqual([]);
}
