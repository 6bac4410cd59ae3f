// Complementary suppression on a team tree: no visible parent minus its visible children
// may leave a group of 1..k−1 answers.
import { describe, expect, it } from "vitest";
import { suppressTree, type TreeCount } from "@/lib/stats/tree-suppression";

const k = 5;

/** Brute check of the invariant the function promises, on any tree. */
function leaks(nodes: TreeCount[], hidden: Set<string>): string[] {
  const found: string[] = [];
  for (const node of nodes) {
    if (hidden.has(node.id)) continue;
    const kids = nodes.filter((kid) => kid.parentId === node.id);
    if (kids.length === 0) continue;
    const residual = node.n - kids.filter((kid) => !hidden.has(kid.id)).reduce((s, kid) => s + kid.n, 0);
    if (residual > 0 && residual < k) found.push(node.id);
  }
  for (const node of nodes) if (!hidden.has(node.id) && node.n > 0 && node.n < k) found.push(node.id);
  return found;
}

describe("suppressTree", () => {
  it("hides small groups but not empty ones", () => {
    const nodes = [
      { id: "a", parentId: null, n: 4 },
      { id: "b", parentId: null, n: 0 },
      { id: "c", parentId: null, n: 5 },
    ];
    expect([...suppressTree(nodes, k)]).toEqual(["a"]);
  });

  it("hides the next-smallest sibling so the parent does not reveal a hidden team", () => {
    const nodes = [
      { id: "P", parentId: null, n: 4 + 6 + 9 },
      { id: "small", parentId: "P", n: 4 },
      { id: "mid", parentId: "P", n: 6 },
      { id: "big", parentId: "P", n: 9 },
    ];
    const hidden = suppressTree(nodes, k);
    expect([...hidden].sort()).toEqual(["mid", "small"]);
    expect(leaks(nodes, hidden)).toEqual([]);
  });

  it("counts a parent's own answers in what must stay hidden", () => {
    // P has 3 answers of its own: P minus its children would reveal them.
    const nodes = [
      { id: "P", parentId: null, n: 3 + 7 },
      { id: "c", parentId: "P", n: 7 },
    ];
    const hidden = suppressTree(nodes, k);
    expect(hidden.has("c")).toBe(true);
    expect(leaks(nodes, hidden)).toEqual([]);
  });

  it("keeps a complementarily hidden team from being rebuilt from its own children", () => {
    const nodes = [
      { id: "R", parentId: null, n: 2 + 10 },
      { id: "tiny", parentId: "R", n: 2 },
      { id: "S", parentId: "R", n: 10 },
      { id: "S1", parentId: "S", n: 5 },
      { id: "S2", parentId: "S", n: 5 },
    ];
    const hidden = suppressTree(nodes, k);
    expect(hidden.has("S")).toBe(true);
    expect(hidden.has("S1") || hidden.has("S2")).toBe(true);
    expect(leaks(nodes, hidden)).toEqual([]);
  });

  it("leaves no leak on random trees", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const own: number[] = [];
      const parents: Array<number | null> = [];
      const size = 2 + Math.floor(random() * 12);
      for (let i = 0; i < size; i++) {
        parents.push(i === 0 ? null : Math.floor(random() * i));
        own.push(random() < 0.3 ? 0 : Math.floor(random() * 12));
      }
      const subtotal = (i: number): number => own[i]! + parents.reduce<number>((s, p, j) => (p === i ? s + subtotal(j) : s), 0);
      const nodes = own.map((_, i) => ({ id: String(i), parentId: parents[i] === null ? null : String(parents[i]), n: subtotal(i) }));
      expect(leaks(nodes, suppressTree(nodes, k)), JSON.stringify(nodes)).toEqual([]);
    }
  });
});
