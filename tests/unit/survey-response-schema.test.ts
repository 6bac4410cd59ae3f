// The respondent form's parsing: what is accepted, and every bad input reported by field.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseResponseDraft, readResponseForm, type CustomerResponseDraft } from "@/lib/surveys/response-schema";

const draft = (overrides: Partial<CustomerResponseDraft> = {}): CustomerResponseDraft => ({
  submissionId: randomUUID(),
  score: "7",
  comment: "",
  items: {},
  irritantIds: [],
  irritantOther: "",
  ...overrides,
});

describe("readResponseForm", () => {
  it("reads score, comment, item.<id> radios (skips empty ones) and repeated irritants", () => {
    const item = randomUUID();
    const skipped = randomUUID();
    const form = new FormData();
    form.set("submissionId", "s");
    form.set("score", "3");
    form.set("comment", "Trop long");
    form.set(`item.${item}`, "4");
    form.set(`item.${skipped}`, "");
    form.append("irritant", "i1");
    form.append("irritant", "i2");
    form.set("irritantOther", "x");
    expect(readResponseForm(form)).toEqual({
      submissionId: "s",
      score: "3",
      comment: "Trop long",
      items: { [item]: "4" },
      irritantIds: ["i1", "i2"],
      irritantOther: "x",
    });
  });

  it("an empty form gives empty values, not an exception", () => {
    expect(readResponseForm(new FormData())).toEqual({
      submissionId: "",
      score: "",
      comment: "",
      items: {},
      irritantIds: [],
      irritantOther: "",
    });
  });
});

describe("parseResponseDraft", () => {
  it.each(["0", "6", "10"])("accepts score %s", (score) => {
    expect(parseResponseDraft(draft({ score }))).toMatchObject({ ok: true, input: { score: Number(score) } });
  });

  it.each(["", "11", "-1", "5.5", "1e1", " 7", "abc", "007"])("refuses score %j", (score) => {
    expect(parseResponseDraft(draft({ score }))).toEqual({ ok: false, fields: ["score"] });
  });

  it("trims the comment, empties become null, 2 000 characters is the limit", () => {
    expect(parseResponseDraft(draft({ comment: "  \r\n " }))).toMatchObject({ ok: true, input: { comment: null } });
    expect(parseResponseDraft(draft({ comment: "é".repeat(2000) }))).toMatchObject({ ok: true });
    expect(parseResponseDraft(draft({ comment: "a".repeat(2001) }))).toEqual({ ok: false, fields: ["comment"] });
    expect(parseResponseDraft(draft({ irritantOther: "a".repeat(501) }))).toEqual({ ok: false, fields: ["irritantOther"] });
  });

  it("items must be 1–5 on a uuid", () => {
    const id = randomUUID();
    expect(parseResponseDraft(draft({ items: { [id]: "5" } }))).toMatchObject({ ok: true, input: { items: { [id]: 5 } } });
    for (const value of ["0", "6", "x", "2.5"])
      expect(parseResponseDraft(draft({ items: { [id]: value } }))).toEqual({ ok: false, fields: ["items"] });
    expect(parseResponseDraft(draft({ items: { "not-a-uuid": "3" } }))).toEqual({ ok: false, fields: ["items"] });
  });

  it("irritant ids must be uuids; duplicates collapse", () => {
    const id = randomUUID();
    expect(parseResponseDraft(draft({ irritantIds: [id, id] }))).toMatchObject({ ok: true, input: { irritantIds: [id] } });
    expect(parseResponseDraft(draft({ irritantIds: ["1; DROP TABLE"] }))).toEqual({ ok: false, fields: ["irritants"] });
  });

  it("a missing or tampered submissionId is a form error; several errors are all reported", () => {
    expect(parseResponseDraft(draft({ submissionId: "" }))).toEqual({ ok: false, fields: ["form"] });
    const result = parseResponseDraft(draft({ score: "", comment: "a".repeat(2001) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.sort()).toEqual(["comment", "score"]);
  });
});
