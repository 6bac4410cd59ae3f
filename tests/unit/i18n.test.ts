// Every message key exists in both languages, no value is empty, and placeholders match.
import { describe, expect, it } from "vitest";
import { fr } from "@/lib/i18n/messages/fr";
import { en } from "@/lib/i18n/messages/en";
import { negotiateLocale } from "@/lib/i18n/config";
import { fmt, formatDate } from "@/lib/i18n/format";

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const french = leaves(fr);
  const english = leaves(en as Tree);

  it("have the same keys in French and English", () => {
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
  });

  it("have no empty message", () => {
    for (const [key, value] of [...french, ...english]) expect(value.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, value] of french) expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(value));
  });
});

describe("negotiateLocale", () => {
  it("defaults to French", () => {
    expect(negotiateLocale(null)).toBe("fr");
    expect(negotiateLocale("de-DE,de;q=0.9")).toBe("fr");
  });
  it("honours q-values and region subtags", () => {
    expect(negotiateLocale("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(negotiateLocale("fr;q=0.5,en;q=0.9")).toBe("en");
  });
});

describe("fmt", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fmt("{n} réponses sur {total}", { n: 3 })).toBe("3 réponses sur {total}");
  });
});

describe("formatDate", () => {
  it("writes days in Paris time, whatever the server's zone", () => {
    // 23:30 UTC on 2 March is already 3 March in Paris (UTC+1 in winter).
    expect(formatDate("fr", new Date("2026-03-02T23:30:00Z"))).toBe("3 mars 2026");
    expect(formatDate("en", "2026-03-02T23:30:00Z", "dateTime")).toBe("3 Mar 2026, 00:30");
  });
  it("writes a calendar month from its first day at UTC midnight", () => {
    expect(formatDate("fr", "2026-10-01T00:00:00Z", "month")).toBe("octobre 2026");
    expect(formatDate("en", new Date("2026-10-01T00:00:00Z"), "month")).toBe("October 2026");
  });
});
