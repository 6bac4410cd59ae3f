// The months a citation rate is read over, and the budget's amounts typed in euros.
import { describe, expect, it } from "vitest";
import { afterWindow, beforeWindow, inWindow } from "@/lib/team-irritants/windows";
import { budgetErrorCode, currentParisYear, ZBudgetAmount, ZEuros } from "@/lib/toolbox/budget-schema";

describe("windows", () => {
  it("before is the 3 full months before the pivot's month, across a year", () => {
    expect(beforeWindow("2026-02")).toEqual({ from: "2025-11", to: "2026-01" });
  });

  it("after starts the month after the pivot's, and is empty until that month exists", () => {
    expect(afterWindow("2026-10", "2026-12")).toEqual({ from: "2026-11", to: "2026-12" });
    expect(afterWindow("2026-11", "2026-11")).toBeNull();
    expect(afterWindow("2026-11", "2026-12")).toEqual({ from: "2026-12", to: "2026-12" });
  });

  it("a month is in a window inclusively", () => {
    const window = { from: "2026-01", to: "2026-03" };
    expect(["2025-12", "2026-01", "2026-03", "2026-04"].map((month) => inWindow(month, window))).toEqual([false, true, true, false]);
  });
});

describe("amounts in euros", () => {
  it.each([
    ["1200", 120_000],
    ["1 200,50", 120_050],
    ["1\u202f200.5", 120_050],
    ["0", 0],
    ["12 €", 1_200],
    ["9999999,99", 999_999_999],
  ])("%s → %i cents", (typed, cents) => {
    expect(ZEuros.parse(typed)).toBe(cents);
  });

  it.each(["-5", "douze", "1,234", "10000000", ""])("refuses %s", (typed) => {
    expect(ZEuros.safeParse(typed).success).toBe(false);
  });

  it("says a negative amount is negative", () => {
    const result = ZBudgetAmount.safeParse({ year: "2026", amount: "-5" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Le montant ne peut pas être négatif.");
  });

  it("names each refusal for the page", () => {
    expect(budgetErrorCode("amount", "Le montant ne peut pas être négatif.")).toBe("negative");
    expect(budgetErrorCode("amount", "Les allocations (5 €) dépasseraient le budget")).toBe("over");
    expect(budgetErrorCode("amount", "Fixez d'abord le budget de l'année.")).toBe("noBudget");
    expect(budgetErrorCode("amount", "Indiquez un montant")).toBe("format");
    expect(budgetErrorCode("teamId", "Choisissez une équipe")).toBe("team");
    expect(budgetErrorCode("teamId", "Cette équipe n'a pas d'allocation cette année.")).toBe("noAllocation");
    expect(budgetErrorCode("year", "Année invalide.")).toBe("year");
  });

  it("the year turns at midnight in Paris", () => {
    expect(currentParisYear(new Date("2026-12-31T22:59:00Z"))).toBe(2026);
    expect(currentParisYear(new Date("2026-12-31T23:00:00Z"))).toBe(2027);
  });
});
