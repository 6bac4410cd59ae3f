// The organisation settings schema: the limits of the database's CHECK constraints, each
// invalid field named on its own, form strings coerced and normalised.
import { describe, expect, it } from "vitest";
import { settingsFieldErrors, ZOrganisationSettingsInput } from "@/lib/organisations/settings-schema";

const valid = {
  name: "  Maison Lumière ",
  brandColor: "#1D4ED8",
  minGroupSize: "5",
  minVerbatimGroupSize: "10",
  minCustomerResponses: "10",
  linkExpiryDays: "30",
};

function errorsOf(input: Record<string, unknown>) {
  const parsed = ZOrganisationSettingsInput.safeParse(input);
  return parsed.success ? {} : settingsFieldErrors(parsed.error);
}

describe("ZOrganisationSettingsInput", () => {
  it("coerces the form's strings, trims the name and lower-cases the colour", () => {
    expect(ZOrganisationSettingsInput.parse(valid)).toEqual({
      name: "Maison Lumière",
      brandColor: "#1d4ed8",
      minGroupSize: 5,
      minVerbatimGroupSize: 10,
      minCustomerResponses: 10,
      linkExpiryDays: 30,
      syncCreatesEvents: false,
    });
  });

  it.each<[value: unknown, read: boolean]>([
    ["on", true],
    ["true", true],
    [true, true],
    ["", false],
    ["false", false],
    [false, false],
    [undefined, false],
  ])("syncCreatesEvents %j (a checkbox) reads as %s", (value, read) => {
    expect(ZOrganisationSettingsInput.parse({ ...valid, syncCreatesEvents: value }).syncCreatesEvents).toBe(read);
  });

  it("accepts the customer minimum's bounds, 1 and 1 000, whatever k (it is no anonymity rule)", () => {
    for (const minCustomerResponses of ["1", "1000"])
      expect(ZOrganisationSettingsInput.parse({ ...valid, minCustomerResponses }).minCustomerResponses).toBe(Number(minCustomerResponses));
  });

  it("accepts the bounds: k = k_c = 3, 1 and 365 days", () => {
    for (const linkExpiryDays of ["1", "365"]) {
      expect(ZOrganisationSettingsInput.safeParse({ ...valid, minGroupSize: "3", minVerbatimGroupSize: "3", linkExpiryDays }).success).toBe(
        true,
      );
    }
  });

  it.each<[field: string, value: string | undefined]>([
    ["name", ""],
    ["name", "   "],
    ["name", "x".repeat(101)],
    ["name", undefined],
    ["brandColor", "red"],
    ["brandColor", "#12345"],
    ["brandColor", "#1234567"],
    ["brandColor", "#gggggg"],
    ["brandColor", "1d4ed8"],
    ["brandColor", "#fff"],
    ["minGroupSize", "2"],
    ["minGroupSize", "0"],
    ["minGroupSize", "-5"],
    ["minGroupSize", "3.5"],
    ["minGroupSize", "abc"],
    ["minGroupSize", ""],
    ["minGroupSize", "1001"],
    ["minVerbatimGroupSize", "4"],
    ["minVerbatimGroupSize", "2"],
    ["minVerbatimGroupSize", "1001"],
    ["minVerbatimGroupSize", "ten"],
    ["minCustomerResponses", "0"],
    ["minCustomerResponses", "-3"],
    ["minCustomerResponses", "1001"],
    ["minCustomerResponses", "2.5"],
    ["minCustomerResponses", ""],
    ["minCustomerResponses", undefined],
    ["linkExpiryDays", "0"],
    ["linkExpiryDays", "366"],
    ["linkExpiryDays", "1.5"],
    ["linkExpiryDays", ""],
    ["linkExpiryDays", "-1"],
    ["syncCreatesEvents", "yes"],
    ["syncCreatesEvents", "1"],
  ])("%s = %j is refused, and only that field is named", (field, value) => {
    const errors = errorsOf({ ...valid, [field]: value });
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("k_c below k names k_c, with the reason", () => {
    expect(errorsOf({ ...valid, minGroupSize: "8", minVerbatimGroupSize: "7" })).toEqual({
      minVerbatimGroupSize: "must be at least the minimum group size",
    });
  });

  it("names every invalid field at once", () => {
    expect(
      Object.keys(
        errorsOf({
          name: "",
          brandColor: "blue",
          minGroupSize: "1",
          minVerbatimGroupSize: "5",
          minCustomerResponses: "0",
          linkExpiryDays: "400",
        }),
      ).sort(),
    ).toEqual(["brandColor", "linkExpiryDays", "minCustomerResponses", "minGroupSize", "name"]);
  });
});
