// The actions pages' pure pieces: the list's URL filters and their links, the new-action prefill
// from a dashboard link, amounts in euros, the work forms' redirects, and the form's values.
import { describe, expect, it } from "vitest";
import { actionFormValues, prefilledValues, type ActionFormChoices } from "@/components/actions/action-form-state";
import { changedFields, eurosField, formatEuros } from "@/lib/actions/action-display";
import { actionListQuery, hasListFilter, newActionHref, readActionListParams, readActionPrefill } from "@/lib/actions/action-url-params";
import { readWorkMessage, workOutcome } from "@/lib/actions/action-work-outcome";

const TEAM = "0190a1b2-0000-7000-8000-000000000001";
const IRRITANT = "0190a1b2-0000-7000-8000-000000000002";
const MIRROR = "0190a1b2-0000-7000-8000-000000000003";
const ITEM = "0190a1b2-0000-7000-8000-000000000004";
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the list's URL filters", () => {
  it("reads each filter on its own and drops malformed ones", () => {
    expect(
      readActionListParams({ team: TEAM.toUpperCase(), owner: "nope", status: "planned", overdue: "1", mine: "yes", cursor: "abc_-1" }),
    ).toEqual({
      teamId: TEAM,
      status: "PLANNED",
      overdue: true,
      cursor: "abc_-1",
    });
    expect(readActionListParams({ status: "FINISHED", cursor: "not a cursor!" })).toEqual({});
    expect(readActionListParams({ team: [TEAM, "other"], mine: "on" })).toEqual({ teamId: TEAM, mine: true });
  });

  it("writes them back with the same names, a cursor replacing the page", () => {
    const filters = { teamId: TEAM, status: "DONE" as const, overdue: true as const, cursor: "old" };
    expect(actionListQuery(filters)).toBe(`?team=${TEAM}&status=DONE&overdue=1`);
    expect(actionListQuery(filters, "next")).toBe(`?team=${TEAM}&status=DONE&overdue=1&cursor=next`);
    expect(actionListQuery({})).toBe("");
    expect(hasListFilter({ cursor: "x" })).toBe(false);
    expect(hasListFilter({ mine: true })).toBe(true);
  });
});

describe("the new-action prefill", () => {
  it("reads origin, team, both irritants of a pair, items and follow-up; drops what is malformed", () => {
    expect(readActionPrefill({ origin: "irritant", team: TEAM, irritant: [IRRITANT, MIRROR, "x"], item: ITEM, followUp: "bad" })).toEqual({
      origin: "IRRITANT",
      teamId: TEAM,
      irritantIds: [IRRITANT, MIRROR],
      itemIds: [ITEM],
    });
    expect(readActionPrefill({ origin: "SOMETHING" })).toEqual({ origin: "TEAM", irritantIds: [], itemIds: [] });
  });

  it("round-trips through the dashboard's link", () => {
    const href = newActionHref("fr", { origin: "IRRITANT", teamId: TEAM, irritantIds: [IRRITANT, MIRROR] });
    expect(href).toBe(`/fr/actions/new?origin=IRRITANT&team=${TEAM}&irritant=${IRRITANT}&irritant=${MIRROR}`);
    const params = new URLSearchParams(href.split("?")[1]);
    expect(
      readActionPrefill({ origin: params.get("origin")!, team: params.get("team")!, irritant: params.getAll("irritant") }),
    ).toMatchObject({
      irritantIds: [IRRITANT, MIRROR],
    });
  });

  it("keeps only the ids the form offers and titles the action after the irritant clicked", () => {
    const choices: ActionFormChoices = {
      teams: [{ id: TEAM, name: "Conseil", depth: 0 }],
      people: [],
      irritants: [
        { id: MIRROR, side: "EMPLOYEE", labelFr: "Outils lents", labelEn: "Slow tools" },
        { id: IRRITANT, side: "CUSTOMER", labelFr: "Attente", labelEn: "Waiting" },
      ],
      items: [],
    };
    const values = prefilledValues({ origin: "IRRITANT", teamId: TEAM, irritantIds: [IRRITANT, MIRROR, ITEM], itemIds: [] }, choices, "fr");
    expect(values).toMatchObject({
      title: "Attente",
      teamId: TEAM,
      teamIds: TEAM,
      irritantIds: `${IRRITANT},${MIRROR}`,
      origin: "IRRITANT",
    });
    expect(prefilledValues({ origin: "TEAM", teamId: "unknown", irritantIds: [], itemIds: [] }, choices, "en").teamId).toBe(TEAM);
  });
});

describe("amounts and history", () => {
  it("writes cents as euros in the locale's style, decimals only when there are some", () => {
    expect(nbsp(formatEuros("fr", 150_000))).toBe("1 500 €");
    expect(nbsp(formatEuros("fr", 125_050))).toBe("1 250,50 €");
    expect(formatEuros("en", 125_050)).toBe("€1,250.50");
    expect(eurosField(125_050)).toBe("1250.5");
    expect(eurosField(null)).toBe("");
  });

  it("names the fields a history entry changed, status aside", () => {
    expect(changedFields({ title: ["a", "b"], status: ["PROPOSED", "PLANNED"], budgetCents: [1, 2] })).toEqual(["budgetCents", "title"]);
    expect(changedFields(null)).toEqual([]);
  });
});

describe("the work forms' redirects", () => {
  const form = new FormData();
  form.set("actionId", TEAM);
  it("goes back to the action with a notice, or with the refused field and its code", () => {
    expect(workOutcome("comment")({ ok: true, data: TEAM }, "/fr/actions", form)).toBe(`/fr/actions/${TEAM}?notice=comment`);
    const refused = workOutcome("status")(
      { ok: false, code: "statusSkip", message: "statusSkip", fieldErrors: { status: "statusSkip" } },
      "/fr/actions",
      form,
    );
    expect(refused).toBe(`/fr/actions/${TEAM}?error=statusSkip&field=status#status`);
    expect(workOutcome("status")({ ok: false, code: "NOT_FOUND", message: "x", fieldErrors: { weird: "x y" } }, "/fr/actions", form)).toBe(
      `/fr/actions/${TEAM}?error=NOT_FOUND&field=form#form`,
    );
  });

  it("reads back only known notices and well-formed codes", () => {
    expect(readWorkMessage({ notice: "comment" })).toEqual({ notice: "comment", error: null });
    expect(readWorkMessage({ notice: "<script>", error: "dueDatePast", field: "summary" })).toEqual({
      notice: null,
      error: { field: "summary", code: "dueDatePast" },
    });
    expect(readWorkMessage({ error: "a b", field: "status" }).error).toBeNull();
    expect(readWorkMessage({ error: "negative", field: "elsewhere" }).error).toEqual({ field: "form", code: "negative" });
  });
});

describe("the action form's values after a refusal", () => {
  it("keeps every field as typed, the checkbox lists joined by commas", () => {
    const form = new FormData();
    form.set("title", "Rappeler");
    form.append("teamIds", TEAM);
    form.append("teamIds", MIRROR);
    form.set("budgetEuros", "-5");
    expect(actionFormValues(form)).toMatchObject({
      title: "Rappeler",
      teamIds: `${TEAM},${MIRROR}`,
      budgetEuros: "-5",
      itemIds: "",
      dueDate: "",
    });
  });
});
