// The one respondent instrument's reader and schema, through both sides: what each side reads
// from a posted form, what is accepted, and every bad input reported by its field.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { emptyAnswerDraft, parseAnswerDraft, readAnswerForm, type EmployeeAnswerDraft } from "@/lib/pulses/answer-schema";
import { isBlankDraft, readPostedAnswer } from "@/lib/surveys/posted-fields";
import { parseResponseDraft, readResponseForm, type CustomerResponseDraft } from "@/lib/surveys/response-schema";

const item = randomUUID();
const irritant = randomUUID();
const body = `score=8&comment=Bien&item.${item}=4&item.${randomUUID()}=&irritant=${irritant}&irritant=${irritant}&irritantOther=&suggestion=Plus+de+temps&submissionId=${randomUUID()}`;

const customer = (overrides: Partial<CustomerResponseDraft> = {}): CustomerResponseDraft => ({
  ...emptyAnswerDraft(),
  submissionId: randomUUID(),
  score: "7",
  ...overrides,
});
const employee = (overrides: Partial<EmployeeAnswerDraft> = {}): EmployeeAnswerDraft => ({
  ...emptyAnswerDraft(),
  score: "7",
  ...overrides,
});

describe("the form reader", () => {
  it("reads the same common fields for both sides, each with only its own extra field", () => {
    const posted = new URLSearchParams(body);
    const common = { score: "8", comment: "Bien", items: { [item]: "4" }, irritantIds: [irritant, irritant], irritantOther: "" };
    expect(readResponseForm(posted)).toEqual({ ...common, submissionId: posted.get("submissionId") });
    expect(readAnswerForm(posted)).toEqual({ ...common, suggestion: "Plus de temps" });
  });

  it("reads a multipart FormData like an urlencoded body; a file is no text", () => {
    const form = new FormData();
    form.set("score", "3");
    form.set("comment", new Blob(["not text"]), "c.txt");
    form.append("irritant", new Blob(["x"]), "i.txt");
    expect(readPostedAnswer(form, ["suggestion"])).toEqual({
      score: "3",
      comment: "",
      items: {},
      irritantIds: [],
      irritantOther: "",
      suggestion: "",
    });
  });

  it("an empty form is a blank draft, not an exception", () => {
    const draft = readAnswerForm(new URLSearchParams(""));
    expect(draft).toEqual(emptyAnswerDraft());
    expect(isBlankDraft(draft)).toBe(true);
    expect(isBlankDraft({ ...draft, items: { [item]: "2" } })).toBe(false);
  });
});

describe.each([
  ["customer", (d: Partial<EmployeeAnswerDraft>) => parseResponseDraft(customer(d))],
  ["employee", (d: Partial<EmployeeAnswerDraft>) => parseAnswerDraft(employee(d))],
] as const)("the core answer (%s side)", (_side, parse) => {
  it("accepts a full answer, trims texts, collapses repeated irritants", () => {
    const result = parse({
      score: "10",
      comment: "  Merci\r\n ",
      items: { [item]: "5" },
      irritantIds: [irritant, irritant],
      irritantOther: " ",
    });
    expect(result).toMatchObject({
      ok: true,
      input: { score: 10, comment: "Merci", items: { [item]: 5 }, irritantIds: [irritant], irritantOther: null },
    });
  });

  it.each(["", "11", "-1", "5.5", "1e1", " 7", "abc", "007"])("refuses score %j by its field", (score) => {
    expect(parse({ score })).toEqual({ ok: false, fields: ["score"] });
  });

  it("refuses out-of-range items, foreign ids and over-long texts, each by its field, all at once", () => {
    expect(parse({ items: { [item]: "6" } })).toEqual({ ok: false, fields: ["items"] });
    expect(parse({ items: { "1 OR 1=1": "3" } })).toEqual({ ok: false, fields: ["items"] });
    expect(parse({ irritantIds: ["<script>"] })).toEqual({ ok: false, fields: ["irritants"] });
    expect(parse({ irritantOther: "a".repeat(501) })).toEqual({ ok: false, fields: ["irritantOther"] });
    const all = parse({ score: "", comment: "a".repeat(2001), items: { [item]: "0" } });
    expect(all.ok ? [] : [...all.fields].sort()).toEqual(["comment", "items", "score"]);
  });
});

describe("each side's own field", () => {
  it("customer: a missing or tampered submissionId is a form error", () => {
    expect(parseResponseDraft(customer({ submissionId: "" }))).toEqual({ ok: false, fields: ["form"] });
    expect(parseResponseDraft(customer({ submissionId: "1; DROP TABLE" }))).toEqual({ ok: false, fields: ["form"] });
  });

  it("employee: the suggestion is trimmed, at most 2 000 characters, reported as such", () => {
    expect(parseAnswerDraft(employee({ suggestion: " Idée " }))).toMatchObject({ ok: true, input: { suggestion: "Idée" } });
    expect(parseAnswerDraft(employee({ suggestion: "é".repeat(2000) }))).toMatchObject({ ok: true });
    expect(parseAnswerDraft(employee({ suggestion: "a".repeat(2001) }))).toEqual({ ok: false, fields: ["suggestion"] });
  });

  it("neither side keeps the other's field", () => {
    const both = { ...employee({ suggestion: "Idée" }), submissionId: randomUUID() };
    const asCustomer = parseResponseDraft(both);
    const asEmployee = parseAnswerDraft(both);
    expect(asCustomer.ok && "suggestion" in asCustomer.input).toBe(false);
    expect(asEmployee.ok && "submissionId" in asEmployee.input).toBe(false);
  });
});
