// Where a sign-in goes afterwards (password form, single sign-on): a same-site path of the locale only.
import { describe, expect, it } from "vitest";
import { signInCallback } from "@/lib/auth/sign-in-callback";

describe("signInCallback", () => {
  it("keeps a path of the page's locale", () => {
    expect(signInCallback("/fr/dashboard?team=1", "fr")).toBe("/fr/dashboard?team=1");
    expect(signInCallback(["/en/home", "/en/x"], "en")).toBe("/en/home");
  });

  it("refuses other sites, other locales, protocol-relative and backslash tricks, non-strings and huge values", () => {
    for (const raw of [
      "https://evil.example/fr/",
      "//evil.example/fr/",
      "/en/home",
      "fr/home",
      "/fr",
      null,
      undefined,
      42,
      {},
      `/fr/${"a".repeat(2000)}`,
    ]) {
      expect(signInCallback(raw, "fr")).toBe("");
    }
  });
});
