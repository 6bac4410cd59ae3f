// Stores the answer to an employee's personal pulse, anonymous by construction: in ONE
// transaction, the event is marked answered (only if it still was not: a second answer stores
// nothing) and an EmployeeResponse is written with the event type, NO pulse, the team and the
// month of the due date — so the answer row never points back to the event or its person.
import type { Actor } from "@/lib/auth/actor-types";
import type { EmployeeAnswerInput } from "@/lib/pulses/answer-schema";
import { EVENT_ANSWER_DAYS, eventPeriod } from "@/lib/pulses/event-pulse";
import { AnswerRefused, recordEmployeeAnswer, type SubmitPulseResult } from "../pulses/record-employee-answer";
import { EVENT_FORM_TOGGLES, loadOwnEvent } from "./find-event-form";
import { withOrganisation } from "../tenant-context";

export async function submitEventResponse(actor: Actor, eventId: string, input: EmployeeAnswerInput): Promise<SubmitPulseResult> {
  return withOrganisation(actor.organisationId, async () => {
    return recordEmployeeAnswer(async (tx) => {
      const event = await loadOwnEvent(tx, actor, eventId);
      if (!event || !actor.teamId) throw new AnswerRefused({ status: "notFound" });
      if (event.answered) throw new AnswerRefused({ status: "answered" });
      if (event.status !== "open") throw new AnswerRefused({ status: "notOpen" });
      return {
        key: {
          organisationId: actor.organisationId,
          pulseId: null,
          eventType: event.type,
          teamId: actor.teamId,
          period: eventPeriod(event.surveyDueAt),
        },
        answer: { ...input, suggestion: null },
        toggles: EVENT_FORM_TOGGLES,
        personId: actor.membershipId,
        // Decides between concurrent submits, and re-checks the window in the database's clock.
        claim: async () => {
          const claimed = await tx.$queryRaw<Array<{ ok: number }>>`
          UPDATE "EmployeeEvent" SET answered = true
          WHERE id = ${event.id}::uuid AND "membershipId" = ${actor.membershipId}::uuid AND answered = false
            AND "surveyDueAt" <= now() AND now() < "surveyDueAt" + make_interval(days => ${EVENT_ANSWER_DAYS})
          RETURNING 1 AS ok`;
          return claimed.length > 0;
        },
      };
    });
  });
}
