// Stores an employee's pulse answer, anonymous by construction: in ONE transaction, the
// participation (membership × pulse, answered) and the response (pulse, team, month, answers:
// no user, no time). The participation's primary key decides a second answer: the claim
// below updates only a row still unanswered, so concurrent submits store exactly one.
import type { Actor } from "@/lib/auth/actor-types";
import type { AnswerField, EmployeeAnswerInput } from "@/lib/pulses/answer-schema";
import { pulsePeriod } from "@/lib/pulses/pulse-status";
import { db } from "../client";
import { markRollupDirty } from "../rollup/mark-dirty";
import { loadPulseForActor } from "./load-pulse-for-actor";
import { insertEmployeeResponse, invalidCatalogueFields } from "./insert-employee-response";

export type SubmitPulseResult =
  | { status: "stored" }
  | { status: "answered" | "notOpen" | "notFound" }
  | { status: "invalid"; fields: AnswerField[] };

class Abort extends Error {
  constructor(readonly result: SubmitPulseResult) {
    super(result.status);
  }
}

export async function submitEmployeeResponse(actor: Actor, pulseId: string, input: EmployeeAnswerInput): Promise<SubmitPulseResult> {
  try {
    return await db().$transaction(async (tx) => {
      const pulse = await loadPulseForActor(tx, actor, pulseId);
      if (!pulse || !actor.teamId) throw new Abort({ status: "notFound" });
      if (pulse.status !== "OPEN") throw new Abort({ status: "notOpen" });
      const answer = { ...input, suggestion: pulse.includeSuggestion ? input.suggestion : null };
      const invalid = await invalidCatalogueFields(tx, actor.organisationId, answer, pulse);
      if (invalid.length) throw new Abort({ status: "invalid", fields: invalid });
      const claimed = await tx.$queryRaw<Array<{ ok: number }>>`
        INSERT INTO "PulseParticipation" ("organisationId", "pulseId", "membershipId", answered)
        VALUES (${actor.organisationId}::uuid, ${pulse.id}::uuid, ${actor.membershipId}::uuid, true)
        ON CONFLICT ("pulseId", "membershipId") DO UPDATE SET answered = true
          WHERE "PulseParticipation".answered = false
        RETURNING 1 AS ok`;
      if (claimed.length === 0) throw new Abort({ status: "answered" });
      const period = pulsePeriod(pulse.closesAt);
      await insertEmployeeResponse(tx, { organisationId: actor.organisationId, pulseId: pulse.id, eventType: null, teamId: actor.teamId, period }, answer);
      await markRollupDirty(tx, actor.organisationId, period);
      return { status: "stored" } as const;
    });
  } catch (error) {
    if (error instanceof Abort) return error.result;
    throw error;
  }
}
