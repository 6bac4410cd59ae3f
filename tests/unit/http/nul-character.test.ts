// U+0000 in user input (lib/http/nul-character.ts): found in a URL (path or query, escaped or raw),
// in any string or key of a JSON value, in any field of a posted form (the respondent routes).
import { describe, expect, it } from "vitest";
import { formHasNul, jsonHasNul, urlHasNul } from "@/lib/http/nul-character";

describe("urlHasNul", () => {
  it("finds %00 in the path or the query, whatever its case, and nothing else", () => {
    const seen = [
      "/api/v1/kpis?team=%00%F0%AE%A2%A1%F2%A6%AA%A4%F1%B1%92%88%F2%99%B4%A0%03%F3%B8%B9%A8", // the fuzz, seed 794118
      "/fr/r/abc%00",
      "/scim/v2/Users?filter=userName%20eq%20%22a%00%22",
      "/a?b=%00",
      "/a\u0000",
    ];
    for (const url of seen) expect(urlHasNul(url), url).toBe(true);
    for (const url of ["/api/v1/kpis?team=%2500", "/fr/r/abc%20def", "/a?b=0%0A0", "/"]) expect(urlHasNul(url), url).toBe(false);
  });
});

describe("jsonHasNul", () => {
  it("finds a NUL in any string or key, however deep", () => {
    expect(jsonHasNul(JSON.parse('{"schemas":[],"displayName":"a\\u0000b"}'))).toBe(true);
    expect(jsonHasNul(JSON.parse('{"members":[{"value":"x","\\u0000":1}]}'))).toBe(true);
    expect(jsonHasNul(JSON.parse("[".repeat(50_000) + '"\\u0000"' + "]".repeat(50_000)))).toBe(true);
    expect(jsonHasNul(JSON.parse('{"a":[1,true,null,"\\\\u0000",{"b":"c"}]}'))).toBe(false);
    expect(jsonHasNul("plain")).toBe(false);
    expect(jsonHasNul(null)).toBe(false);
  });
});

describe("formHasNul", () => {
  it("finds a NUL in a field's name, a text value or a file's name", () => {
    expect(formHasNul(new URLSearchParams("comment=a%00b"))).toBe(true);
    expect(formHasNul(new URLSearchParams("a%00=1"))).toBe(true);
    const form = new FormData();
    form.append("file", new Blob(["\u0000"]), "\u0000.csv");
    expect(formHasNul(form)).toBe(true);
    expect(formHasNul(new URLSearchParams("score=9&comment=Tr%C3%A8s+bien"))).toBe(false);
  });
});
