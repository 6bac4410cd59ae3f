// The customer form's announced length is counted from what it asks (issue 19 §5).
import { describe, expect, it } from "vitest";
import { surveyLength } from "@/lib/surveys/survey-length";

const list = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("surveyLength", () => {
  it.each([
    [0, 0, 2, 1], // score and "why?" only
    [0, 3, 3, 1], // + the irritant checklist, one question whatever its length
    [5, 0, 7, 2],
    [5, 8, 8, 2], // the demo's form: « 8 questions, environ 2 minutes »
    [10, 1, 13, 4],
  ])("%i items and %i irritants → %i questions, %i min", (items, irritants, questions, minutes) => {
    expect(surveyLength({ items: list(items), irritants: list(irritants) })).toEqual({ questions, minutes });
  });
});
