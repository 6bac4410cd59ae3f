// Theme keywords as typed by a person (lib/themes/tsquery.ts) and the default themes
// (lib/themes/defaults.ts): mirrored pairs, sensible sizes, every keyword valid.
import { describe, expect, it } from "vitest";
import { CUSTOMER_THEME_KEYS, DEFAULT_THEME_PAIRS, EMPLOYEE_THEME_KEYS } from "@/lib/themes/defaults";
import { splitKeywordList, themeQuerySql, ZThemeKeyword, ZThemeKeywords, ZThemeKeywordText } from "@/lib/themes/tsquery";

function firstError(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.error?.issues[0]?.message;
}

describe("theme keywords", () => {
  it("accepts words and short phrases with accents, apostrophes and hyphens, normalised", () => {
    expect(ZThemeKeywords.parse(["  temps   d’attente ", "sous-effectif", "délai", "N1", "3x8"])).toEqual([
      "temps d'attente",
      "sous-effectif",
      "délai",
      "N1",
      "3x8",
    ]);
  });

  it("counts a keyword once whatever its case", () => {
    expect(ZThemeKeywords.parse(["Attente", "attente", "ATTENTE"])).toEqual(["Attente"]);
  });

  it("refuses a theme without keywords with a sentence", () => {
    expect(firstError(ZThemeKeywords.safeParse([]))).toBe(
      "must list at least one keyword: a theme without keywords would never match a comment",
    );
    expect(firstError(ZThemeKeywordText.safeParse(" , \n ;"))).toMatch(/at least one keyword/);
  });

  it("refuses too many, too short, too long, and characters other than letters, digits, spaces, apostrophes and hyphens", () => {
    expect(firstError(ZThemeKeywords.safeParse(Array.from({ length: 41 }, (_, i) => `mot${i}`)))).toBe("must list at most 40 keywords");
    expect(firstError(ZThemeKeyword.safeParse("a"))).toBe("must be at least 2 characters");
    expect(firstError(ZThemeKeyword.safeParse("x".repeat(61)))).toBe("must be at most 60 characters");
    for (const bad of ["attente:*", "a & b", "x' OR '1'='1", "(attente)", "n+1", "50%"]) {
      expect(firstError(ZThemeKeyword.safeParse(bad))).toBe("may only contain letters, digits, spaces, apostrophes and hyphens");
    }
    expect(firstError(ZThemeKeyword.safeParse("--"))).toBe("must contain at least one letter or digit");
    expect(firstError(ZThemeKeywords.safeParse("attente"))).toBe("must be a list of keywords");
  });

  it("splits a form's list on lines, commas and semicolons", () => {
    expect(splitKeywordList("attente, délai\nrappel ;  temps  perdu\n\n")).toEqual(["attente", "délai", "rappel", "temps perdu"]);
  });

  it("only ever puts a placeholder into the SQL", () => {
    expect(themeQuerySql("fr", "$2")).toBe("public.symetrie_theme_query('symetrie_fr'::regconfig, $2::text[])");
    expect(themeQuerySql("en", "$1")).toContain("'symetrie_en'");
    expect(() => themeQuerySql("fr", "'attente'")).toThrow();
  });
});

describe("default themes", () => {
  it("are mirrored pairs, 8 to 12 per side, with unique keys matching the key lists", () => {
    expect(DEFAULT_THEME_PAIRS.length).toBeGreaterThanOrEqual(8);
    expect(DEFAULT_THEME_PAIRS.length).toBeLessThanOrEqual(12);
    expect(DEFAULT_THEME_PAIRS.map((pair) => pair.customer.key)).toEqual([...CUSTOMER_THEME_KEYS]);
    expect(DEFAULT_THEME_PAIRS.map((pair) => pair.employee.key)).toEqual([...EMPLOYEE_THEME_KEYS]);
  });

  it("have both labels and valid French and English keywords, with no duplicate", () => {
    for (const theme of DEFAULT_THEME_PAIRS.flatMap((pair) => [pair.customer, pair.employee])) {
      expect(theme.labelFr.length, theme.key).toBeGreaterThan(0);
      expect(theme.labelEn.length, theme.key).toBeGreaterThan(0);
      for (const keywords of [theme.keywordsFr, theme.keywordsEn]) {
        const parsed = ZThemeKeywords.safeParse(keywords);
        expect(parsed.error?.issues ?? [], theme.key).toEqual([]);
        expect(parsed.data, theme.key).toEqual([...keywords]);
      }
    }
  });
});
