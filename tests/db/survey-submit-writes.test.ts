// What the one-statement submission writes besides the response: the rollup's dirty marker
// (under the month's shared advisory lock, like markRollupDirty), the detractor's FollowUp
// and the webhook payload (built in SQL by the same statement), field by field.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { Prisma } from "@/lib/db/generated/client";
import { checkRollupConsistency } from "@/lib/db/rollup/check-rollup-consistency";
import { monthOf, rollupLockKeys } from "@/lib/db/rollup/period-sql";
import { markAllRollupsDirty, refreshRollups } from "@/lib/db/rollup/refresh";
import { submitCustomerResponse } from "@/lib/db/survey-links/submit-customer-response";
import { answer, countWrites, createLinkedContact, createSurveyOrg, type SurveyOrgFixture } from "./survey-fixtures";

let org: SurveyOrgFixture;

beforeAll(async () => {
  org = await createSurveyOrg("survey-writes", { webhookUrl: "http://127.0.0.1:9/hook" });
  await markAllRollupsDirty(org.organisationId);
  await refreshRollups(org.organisationId);
});

const currentMonth = async () => (await db().$queryRaw<Array<{ period: Date }>>`SELECT ${monthOf(Prisma.sql`now()`)} AS period`)[0]!.period;

describe("submitCustomerResponse side writes", () => {
  it("marks the answer's team dirty for its Paris month, so the next refresh includes it", async () => {
    const { token } = await createLinkedContact(org);
    expect((await submitCustomerResponse(token, answer({ score: 10 }))).status).toBe("stored");
    const markers = await db().rollupDirtyTeam.findMany({ where: { organisationId: org.organisationId } });
    expect(markers.map((m) => m.period.toISOString())).toEqual([(await currentMonth()).toISOString()]);
    expect((await refreshRollups(org.organisationId)).periods).toHaveLength(1);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
  });

  it("waits for a refresh holding the month's lock, then leaves its marker after it", async () => {
    const { token, contactId } = await createLinkedContact(org);
    const period = await currentMonth();
    let submit: Promise<unknown> | undefined;
    await db().$transaction(
      async (tx) => {
        // What refreshTeams does: exclusive lock on the month, then clear its team markers.
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${rollupLockKeys(org.organisationId, Prisma.sql`${period}::date`)})`;
        await tx.$executeRaw`DELETE FROM "RollupDirtyTeam" WHERE "organisationId" = ${org.organisationId}::uuid AND period = ${period}::date`;
        submit = submitCustomerResponse(token, answer({ score: 4 }));
        for (let waited = 0; ; waited += 20) {
          const [row] = await db().$queryRaw<Array<{ waiting: number }>>`
          SELECT count(*)::int AS waiting FROM pg_locks
          WHERE locktype = 'advisory' AND mode = 'ShareLock' AND NOT granted
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
          if ((row?.waiting ?? 0) > 0) break;
          if (waited > 5_000) throw new Error("the submission never waited on the month's advisory lock");
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        // Blocked on the lock: nothing of the answer is visible yet.
        expect(await db().customerResponse.count({ where: { contactId } })).toBe(0);
      },
      { timeout: 30_000 },
    );
    expect(await submit).toMatchObject({ status: "stored" });
    expect(await db().rollupDirtyTeam.count({ where: { organisationId: org.organisationId, period } })).toBe(1);
    await refreshRollups(org.organisationId);
    expect(await checkRollupConsistency(org.organisationId)).toEqual([]);
  });

  it("a detractor's webhook payload names the stored response, follow-up and time", async () => {
    const { token, contactId } = await createLinkedContact(org, { team: "T2", locale: "fr" });
    const input = answer({ score: 2, comment: "Long", items: { [org.catalogue.items.ecoute!]: 1 } });
    expect((await submitCustomerResponse(token, input)).status).toBe("stored");
    const response = await db().customerResponse.findUniqueOrThrow({
      where: { contactId },
      include: { followUp: true, contact: { include: { team: true, momentOfTruth: true } }, items: true },
    });
    expect(response.items).toEqual([
      expect.objectContaining({ itemId: org.catalogue.items.ecoute, value: 1, organisationId: org.organisationId }),
    ]);
    expect(response.followUp).toMatchObject({ teamId: org.teams.T2, status: "OPEN", assigneeId: null });
    const [delivery] = await db().webhookDelivery.findMany({
      where: { organisationId: org.organisationId, payload: { path: ["responseId"], equals: response.id } },
    });
    const contact = response.contact!;
    expect(delivery!.payload).toEqual({
      responseId: response.id,
      followUpId: response.followUp!.id,
      submittedAt: response.submittedAt.toISOString(),
      score: 2,
      comment: "Long",
      contact: { id: contact.id, externalId: contact.externalId, agentExternalId: null },
      team: { id: org.teams.T2, externalId: contact.team.externalId, name: contact.team.name },
      channel: "PHONE",
      locale: "fr",
      momentOfTruth: contact.momentOfTruth.key,
    });
    expect(delivery).toMatchObject({ event: "response.detractor", status: "PENDING", attempts: 0 });
    expect(delivery!.nextAttemptAt).not.toBeNull();
  });

  it("a contact answered by another path is 'answered', and the link stays unconsumed", async () => {
    const { token, contactId } = await createLinkedContact(org);
    const contact = await db().contact.findUniqueOrThrow({ where: { id: contactId } });
    await db().customerResponse.create({
      data: {
        organisationId: org.organisationId,
        contactId,
        teamId: contact.teamId,
        momentOfTruthId: contact.momentOfTruthId,
        channel: contact.channel,
        locale: contact.locale,
        submissionId: crypto.randomUUID(),
        score: 1,
      },
    });
    const before = await countWrites(org.organisationId);
    expect((await submitCustomerResponse(token, answer({ score: 0 }))).status).toBe("answered");
    expect(await countWrites(org.organisationId)).toEqual(before);
  });
});
