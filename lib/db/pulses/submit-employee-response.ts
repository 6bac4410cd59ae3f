// Stores an employee's pulse answer, anonymous by construction: in ONE transaction, the
// participation (membership × pulse, answered) and the response (pulse, team, month, answers:
// no user, no time). The participation's primary key decides a second answer: the claim
// below updates only a row still unanswered, so concurrent submits store exactly one.
import type { Actor } from "@/lib/auth/actor-types";
import type { EmployeeAnswerInput } from "@/lib/pulses/answer-schema";
import { pulsePeriod } from "@/lib/pulses/pulse-status";
import { loadPulseForActor } from "./load-pulse-for-actor";
import { AnswerRefused, recordEmployeeAnswer, type SubmitPulseResult } from "./record-employee-answer";
import { withOrganisation } from "../tenant-context";

export type { SubmitPulseResult };

export async function submitEmployeeResponse(actor: Actor, pulseId: string, input: EmployeeAnswerInput): Promise<SubmitPulseResult> {
  return withOrganisation(actor.organisationId, async () => {
    return recordEmployeeAnswer(async (tx) => {
      const pulse = await loadPulseForActor(tx, actor, pulseId);
      if (!pulse || !actor.teamId) throw new AnswerRefused({ status: "notFound" });
      if (pulse.status !== "OPEN") throw new AnswerRefused({ status: "notOpen" });
      return {
        key: {
          organisationId: actor.organisationId,
          pulseId: pulse.id,
          eventType: null,
          teamId: actor.teamId,
          period: pulsePeriod(pulse.closesAt),
        },
        answer: { ...input, suggestion: pulse.includeSuggestion ? input.suggestion : null },
        toggles: pulse,
        personId: actor.membershipId,
        claim: async () => {
          const claimed = await tx.$queryRaw<Array<{ ok: number }>>`
          INSERT INTO "PulseParticipation" ("organisationId", "pulseId", "membershipId", answered)
          VALUES (${actor.organisationId}::uuid, ${pulse.id}::uuid, ${actor.membershipId}::uuid, true)
          ON CONFLICT ("pulseId", "membershipId") DO UPDATE SET answered = true
            WHERE "PulseParticipation".answered = false
          RETURNING 1 AS ok`;
          return claimed.length > 0;
        },
      };
    });
  });
}
