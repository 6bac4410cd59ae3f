// The action's life (issue 14 §1): one step forward at a time, dropped only before done, and the
// doneAt the database CHECK requires exactly for DONE and MEASURED.
import { describe, expect, it } from "vitest";
import { ACTION_STATUSES, checkTransition, doneAtFor, nextStatuses, type ActionStatusValue } from "@/lib/db/actions/action-status";

describe("nextStatuses", () => {
  it.each<[ActionStatusValue, ActionStatusValue[]]>([
    ["PROPOSED", ["PLANNED", "DROPPED"]],
    ["PLANNED", ["IN_PROGRESS", "DROPPED"]],
    ["IN_PROGRESS", ["DONE", "DROPPED"]],
    ["DONE", ["MEASURED"]],
    ["MEASURED", []],
    ["DROPPED", []],
  ])("%s → %j", (from, next) => expect(nextStatuses(from)).toEqual(next));
});

describe("checkTransition", () => {
  it("accepts exactly the next statuses and refuses every other pair", () => {
    for (const from of ACTION_STATUSES)
      for (const to of ACTION_STATUSES) expect(checkTransition(from, to).ok, `${from} → ${to}`).toBe(nextStatuses(from).includes(to));
  });

  it("says which step a skip missed", () => {
    expect(checkTransition("PROPOSED", "DONE")).toEqual({
      ok: false,
      code: "statusSkip",
      message: "a status cannot skip a step: from proposed the next step is planned or dropped",
    });
    expect(checkTransition("PLANNED", "MEASURED")).toMatchObject({ ok: false, message: expect.stringContaining("in progress") });
  });

  it("explains a final status, a drop after done and no change", () => {
    expect(checkTransition("MEASURED", "DONE")).toEqual({
      ok: false,
      code: "statusFinal",
      message: "a measured action cannot change status any more",
    });
    expect(checkTransition("DROPPED", "PLANNED")).toEqual({
      ok: false,
      code: "statusFinal",
      message: "a dropped action cannot change status any more",
    });
    expect(checkTransition("DONE", "DROPPED")).toEqual({
      ok: false,
      code: "dropAfterDone",
      message: "only an action not yet done can be dropped",
    });
    expect(checkTransition("PLANNED", "PLANNED")).toEqual({ ok: false, code: "statusSame", message: "the action is already planned" });
  });
});

describe("doneAtFor", () => {
  const now = new Date("2026-12-04T10:00:00Z");
  const earlier = new Date("2026-11-01T10:00:00Z");
  it("sets doneAt on DONE, keeps it through MEASURED, clears it otherwise", () => {
    expect(doneAtFor("DONE", null, now)).toBe(now);
    expect(doneAtFor("MEASURED", earlier, now)).toBe(earlier);
    expect(doneAtFor("MEASURED", null, now)).toBe(now);
    for (const status of ["PROPOSED", "PLANNED", "IN_PROGRESS", "DROPPED"] as const) expect(doneAtFor(status, earlier, now)).toBeNull();
  });
});
