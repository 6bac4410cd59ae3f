// An action's life (issue 14 §1): proposed → planned → in progress → done → measured, one step
// at a time, or dropped from any step before done. Pure: no database, unit-tested
// (tests/unit/actions/action-status.test.ts). The database CHECK Action_done_check requires doneAt
// exactly when the status is DONE or MEASURED.

export const ACTION_STATUSES = ["PROPOSED", "PLANNED", "IN_PROGRESS", "DONE", "MEASURED", "DROPPED"] as const;
export type ActionStatusValue = (typeof ACTION_STATUSES)[number];

/** The statuses an action may still be dropped from and may be overdue in. */
export const OPEN_STATUSES: readonly ActionStatusValue[] = ["PROPOSED", "PLANNED", "IN_PROGRESS"];

const FORWARD: readonly ActionStatusValue[] = ["PROPOSED", "PLANNED", "IN_PROGRESS", "DONE", "MEASURED"];

export const isOpenStatus = (status: ActionStatusValue): boolean => OPEN_STATUSES.includes(status);

/** Where an action in `status` may go next, the next forward step first. */
export function nextStatuses(status: ActionStatusValue): ActionStatusValue[] {
  const index = FORWARD.indexOf(status);
  const next = index >= 0 && index < FORWARD.length - 1 ? [FORWARD[index + 1]!] : [];
  return isOpenStatus(status) ? [...next, "DROPPED"] : next;
}

/** A refusal carries its code (lib/actions/action-schema.ts) and an English sentence. */
export type TransitionCheck =
  { ok: true } | { ok: false; code: "statusSame" | "statusFinal" | "dropAfterDone" | "statusSkip"; message: string };

/** Whether `from` → `to` is one allowed step; the refusal says which step was expected. */
export function checkTransition(from: ActionStatusValue, to: ActionStatusValue): TransitionCheck {
  if (from === to) return { ok: false, code: "statusSame", message: `the action is already ${label(to)}` };
  const allowed = nextStatuses(from);
  if (allowed.includes(to)) return { ok: true };
  if (allowed.length === 0) return { ok: false, code: "statusFinal", message: `a ${label(from)} action cannot change status any more` };
  if (to === "DROPPED") return { ok: false, code: "dropAfterDone", message: "only an action not yet done can be dropped" };
  return {
    ok: false,
    code: "statusSkip",
    message: `a status cannot skip a step: from ${label(from)} the next step is ${allowed.map(label).join(" or ")}`,
  };
}

/** The doneAt a status keeps: set on entering DONE, kept through MEASURED, cleared otherwise. */
export function doneAtFor(to: ActionStatusValue, previous: Date | null, now: Date): Date | null {
  if (to === "DONE") return now;
  if (to === "MEASURED") return previous ?? now;
  return null;
}

function label(status: ActionStatusValue): string {
  return status.toLowerCase().replace("_", " ");
}
