// One employee answer, shared by pulses and employee moments of truth, in ONE transaction: the
// caller's checks and claim ("this person has answered", only if they had not), the catalogue
// check, the anonymous ballot (released into EmployeeResponse once its month has ended), the person counted in its cell and the rollup marker. The claim decides between
// concurrent submits, so exactly one answer is ever stored per person; a refusal stores nothing.
import type { AnswerField, EmployeeAnswerInput } from "@/lib/pulses/answer-schema";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { markRollupDirty } from "../rollup/mark-dirty";
import { insertEmployeeBallot, invalidCatalogueFields, type CatalogueToggles, type ResponseKey } from "./insert-employee-response";

export type SubmitPulseResult =
  { status: "stored" } | { status: "answered" | "notOpen" | "notFound" } | { status: "invalid"; fields: AnswerField[] };

/** Thrown inside the transaction to refuse the answer: whatever it wrote is rolled back. */
export class AnswerRefused extends Error {
  constructor(readonly result: Exclude<SubmitPulseResult, { status: "stored" }>) {
    super(result.status);
  }
}

export interface AnswerPlan {
  key: ResponseKey;
  /** The answer as stored (fields the form did not ask already emptied). */
  answer: EmployeeAnswerInput;
  toggles: CatalogueToggles;
  /** The person answering (their membership id): counted once per (team, month) cell, never linked to the answer. */
  personId: string;
  /** Marks the person as having answered, only if they had not; false when they (or a concurrent twin) had. */
  claim: () => Promise<boolean>;
}

/** The cell's people, not its rows, meet the threshold (docs/anonymity.md): a second answer by the same person adds no one. */
async function countRespondent(tx: Prisma.TransactionClient, key: ResponseKey, personId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "EmployeeRespondent" ("organisationId", period, "teamId", "personId")
    VALUES (${key.organisationId}::uuid, ${key.period}::date, ${key.teamId}::uuid, ${personId}::uuid)
    ON CONFLICT DO NOTHING`;
}

/** A month that has ended in Paris is released (or about to be): nothing more is written into it. */
async function monthEnded(tx: Prisma.TransactionClient, period: Date): Promise<boolean> {
  const [row] = await tx.$queryRaw<Array<{ ended: boolean }>>`
    SELECT ${period}::date < date_trunc('month', now() AT TIME ZONE 'Europe/Paris')::date AS ended`;
  return row?.ended === true;
}

/** Runs `plan` (the caller's checks, which may throw AnswerRefused) and stores its answer, in one transaction. */
export async function recordEmployeeAnswer(plan: (tx: Prisma.TransactionClient) => Promise<AnswerPlan>): Promise<SubmitPulseResult> {
  try {
    return await db().$transaction(async (tx) => {
      const { key, answer, toggles, personId, claim } = await plan(tx);
      if (await monthEnded(tx, key.period)) throw new AnswerRefused({ status: "notOpen" });
      const invalid = await invalidCatalogueFields(tx, key.organisationId, answer, toggles);
      if (invalid.length) throw new AnswerRefused({ status: "invalid", fields: invalid });
      if (!(await claim())) throw new AnswerRefused({ status: "answered" });
      await insertEmployeeBallot(tx, key, answer);
      await countRespondent(tx, key, personId);
      await markRollupDirty(tx, key.organisationId, key.period, key.teamId);
      return { status: "stored" } as const;
    });
  } catch (error) {
    if (error instanceof AnswerRefused) return error.result;
    throw error;
  }
}
