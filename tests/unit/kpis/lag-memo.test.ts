// rememberedLaggedCorrelation: the same result as computing, reused only for the same grids.
import { beforeEach, describe, expect, it } from "vitest";
import { forgetLaggedCorrelations, isRemembered, rememberedCount, rememberedLaggedCorrelation } from "@/lib/kpis/lag-memo";
import { laggedCorrelationOnGrid, type MonthGrid } from "@/lib/stats/lag";

/** 12 teams × 6 months of made-up scores, y following x a month later plus a team's offset. */
function grid(seed = 1): MonthGrid {
  const teams = 12;
  const months = 6;
  const x = new Float64Array(teams * months);
  const y = new Float64Array(teams * months);
  for (let i = 0; i < x.length; i += 1) {
    x[i] = ((i * 37 * seed) % 61) - 30;
    y[i] = ((i * 53 + seed) % 47) - 20;
  }
  y[5] = Number.NaN;
  return { teams, months, x, y };
}

beforeEach(() => forgetLaggedCorrelations());

describe("rememberedLaggedCorrelation", () => {
  it("gives what computing gives, and computes a grid pair once", () => {
    const first = rememberedLaggedCorrelation(grid());
    expect(first).toEqual(laggedCorrelationOnGrid(grid()));
    expect(rememberedCount()).toBe(1);
    expect(rememberedLaggedCorrelation(grid())).toEqual(first);
    expect(rememberedCount()).toBe(1);
  });

  it("computes again when one cell, the shape or the side changes", () => {
    const base = grid();
    rememberedLaggedCorrelation(base);
    const changed = grid();
    changed.y[7] = 99;
    expect(rememberedLaggedCorrelation(changed)).toEqual(laggedCorrelationOnGrid(changed));
    const swapped = { ...base, x: base.y, y: base.x };
    expect(rememberedLaggedCorrelation(swapped)).toEqual(laggedCorrelationOnGrid(swapped));
    const reshaped = { ...base, teams: 6, months: 12 };
    expect(rememberedLaggedCorrelation(reshaped)).toEqual(laggedCorrelationOnGrid(reshaped));
    expect(rememberedCount()).toBe(4);
  });

  it("hands out copies: a caller changing its result changes nothing remembered", () => {
    const first = rememberedLaggedCorrelation(grid());
    first[0]!.pairs = -1;
    expect(rememberedLaggedCorrelation(grid())[0]!.pairs).toBe(laggedCorrelationOnGrid(grid())[0]!.pairs);
  });

  it("keeps at most 256 results, forgetting the least recently used", () => {
    const kept = grid(1000);
    rememberedLaggedCorrelation(kept);
    for (let seed = 1; seed <= 300; seed += 1) {
      rememberedLaggedCorrelation(grid(seed));
      if (seed === 200) rememberedLaggedCorrelation(kept); // used again: it stays
    }
    expect(rememberedCount()).toBe(256);
    expect(isRemembered(kept)).toBe(true);
    // The first 45 grids were the least recently used: gone; the 46th is still there.
    expect([isRemembered(grid(45)), isRemembered(grid(46)), isRemembered(grid(300))]).toEqual([false, true, true]);
  });
});
