// The action form's parsing (issue 14 §1): euros as typed in French or sent as numbers, calendar
// dates, and a sentence in both languages for every refusal code.
import { describe, expect, it } from "vitest";
import { ACTION_ERROR_CODES, parisToday, toCents, ZCreateActionInput, ZDueDate, ZEuros } from "@/lib/actions/action-schema";
import { getMessages } from "@/lib/i18n/messages";

describe("ZEuros", () => {
  it.each([
    [12.5, 1250],
    ["1 250,50", 125_050],
    ["0", 0],
    ["19,99 €", 1999],
    [0.1 + 0.2, 30],
  ])("%j → %i cents", (input, cents) => expect(toCents(ZEuros.parse(input)!)).toBe(cents));
  it("reads an empty field as no amount and refuses a negative or non-numeric one", () => {
    expect(ZEuros.parse("")).toBeNull();
    expect(ZEuros.safeParse(-1).success).toBe(false);
    expect(ZEuros.safeParse("beaucoup").success).toBe(false);
    expect(ZEuros.safeParse(Infinity).success).toBe(false);
  });
});

describe("ZDueDate", () => {
  it("accepts real calendar days only", () => {
    expect(ZDueDate.parse("2027-02-28")).toBe("2027-02-28");
    expect(ZDueDate.parse("")).toBeNull();
    for (const bad of ["2027-02-29", "2027-13-01", "28/02/2027", "2027-2-1"]) expect(ZDueDate.safeParse(bad).success, bad).toBe(false);
  });
  it("knows Paris' day around midnight UTC", () => {
    expect(parisToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(parisToday(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});

describe("ZCreateActionInput", () => {
  it("keeps the defaults and refuses unknown fields", () => {
    const team = "0196f000-0000-7000-8000-000000000001";
    expect(ZCreateActionInput.parse({ title: " Agir ", teamId: team })).toMatchObject({
      title: "Agir",
      origin: "TEAM",
      teamIds: [],
      irritantIds: [],
    });
    expect(ZCreateActionInput.safeParse({ title: "Agir", teamId: team, priority: 1 }).success).toBe(false);
  });
});

it("has a French and an English sentence for every refusal code", () => {
  for (const locale of ["fr", "en"] as const)
    for (const code of ACTION_ERROR_CODES) expect(getMessages(locale).actionErrors[code], `${locale} ${code}`).toMatch(/\w/);
});
