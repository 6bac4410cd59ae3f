// Stores the answer to an employee's personal pulse, anonymous by construction: in ONE
// transaction, the event is marked answered (only if it still was not: a second answer stores
// nothing) and an EmployeeResponse is written with the event type, NO pulse, the team and the
// month of the due date — so the answer row never points back to the event or its person.
import type { Actor } from "@/lib/auth/actor-types";
import type { AnswerField, EmployeeAnswerInput } from "@/lib/pulses/answer-schema";
import { EVENT_ANSWER_DAYS, eventPeriod } from "@/lib/pulses/event-pulse";
import { db } from "../client";
import { markRollupDirty } from "../rollup/mark-dirty";
import { insertEmployeeResponse, invalidCatalogueFields } from "../pulses/insert-employee-response";
import type { SubmitPulseResult } from "../pulses/submit-employee-response";
import { EVENT_FORM_TOGGLES, loadOwnEvent } from "./find-event-form";

class Abort extends Error {
  constructor(readonly result: SubmitPulseResult) {
    super(result.status);
  }
}

export async function submitEventResponse(actor: Actor, eventId: string, input: EmployeeAnswerInput): Promise<SubmitPulseResult> {
  try {
    return await db().$transaction(async (tx) => {
      const event = await loadOwnEvent(tx, actor, eventId);
      if (!event || !actor.teamId) throw new Abort({ status: "notFound" });
      if (event.answered) throw new Abort({ status: "answered" });
      if (event.status !== "open") throw new Abort({ status: "notOpen" });
      const answer = { ...input, suggestion: null };
      const invalid = await invalidCatalogueFields(tx, actor.organisationId, answer, EVENT_FORM_TOGGLES);
      if (invalid.length) throw new Abort({ status: "invalid", fields: invalid });
      // The claim decides between concurrent submits, and re-checks the window in the database's clock.
      const claimed = await tx.$queryRaw<Array<{ ok: number }>>`
        UPDATE "EmployeeEvent" SET answered = true
        WHERE id = ${event.id}::uuid AND "membershipId" = ${actor.membershipId}::uuid AND answered = false
          AND "surveyDueAt" <= now() AND now() < "surveyDueAt" + make_interval(days => ${EVENT_ANSWER_DAYS})
        RETURNING 1 AS ok`;
      if (claimed.length === 0) throw new Abort({ status: "answered" });
      const period = eventPeriod(event.surveyDueAt);
      await insertEmployeeResponse(tx, { organisationId: actor.organisationId, pulseId: null, eventType: event.type, teamId: actor.teamId, period }, answer);
      await markRollupDirty(tx, actor.organisationId, period);
      return { status: "stored" } as const;
    });
  } catch (error) {
    if (error instanceof Abort) return error.result;
    throw error;
  }
}
