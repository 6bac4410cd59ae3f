// The list filters and pages we support (docs/scim.md): `eq` on the listed attributes only.
import { describe, expect, it } from "vitest";
import { parseScimFilter, parseScimPage } from "@/lib/scim/scim-filter";

describe("parseScimFilter", () => {
  it("reads an eq filter, attribute names in any case, escaped quotes kept", () => {
    expect(parseScimFilter('userName eq "ada@idp.test"', ["userName", "externalId"])).toEqual({
      attribute: "userName",
      value: "ada@idp.test",
    });
    expect(parseScimFilter('USERNAME EQ "x"', ["userName"])).toEqual({ attribute: "userName", value: "x" });
    expect(parseScimFilter('displayName eq "Le \\"Lab\\""', ["displayName"])).toEqual({ attribute: "displayName", value: 'Le "Lab"' });
    expect(parseScimFilter(null, ["userName"])).toBeNull();
  });

  it.each(['userName co "ada"', 'userName eq "a" and active eq true', 'title eq "x"', "userName eq ada", "userName pr"])(
    "refuses %s as invalidFilter",
    (filter) => {
      expect(() => parseScimFilter(filter, ["userName", "externalId"])).toThrow(
        expect.objectContaining({ status: 400, scimType: "invalidFilter" }),
      );
    },
  );
});

describe("parseScimPage", () => {
  it("is 1-based, clamps startIndex below 1 and count to 0–200, refuses non-integers", () => {
    expect(parseScimPage(new URLSearchParams())).toEqual({ startIndex: 1, count: 100 });
    expect(parseScimPage(new URLSearchParams("startIndex=0&count=500"))).toEqual({ startIndex: 1, count: 200 });
    expect(parseScimPage(new URLSearchParams("startIndex=51&count=-3"))).toEqual({ startIndex: 51, count: 0 });
    expect(parseScimPage(new URLSearchParams("startIndex=99999999999999999999999"))).toEqual({ startIndex: 1_000_000_000, count: 100 });
    expect(() => parseScimPage(new URLSearchParams("count=ten"))).toThrow(expect.objectContaining({ scimType: "invalidValue" }));
  });
});
