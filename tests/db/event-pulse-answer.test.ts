// Answering the personal pulse of an employee moment of truth against real PostgreSQL: one
// transaction marks the event answered and writes an anonymous EmployeeResponse (event type,
// no pulse, team, month of the due date) with a rollup marker; a second answer, another
// person's event, a closed window and bad input are refused with nothing stored.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { findEventForm } from "@/lib/db/employee-events/find-event-form";
import { listMyEventPulses } from "@/lib/db/employee-events/list-my-event-pulses";
import { submitEventResponse } from "@/lib/db/employee-events/submit-event-response";
import { parseAnswerDraft, emptyAnswerDraft } from "@/lib/pulses/answer-schema";
import { eventPeriod } from "@/lib/pulses/event-pulse";
import { countEmployeeWrites, createPulseOrg, validAnswer, type PulseOrgFixture } from "./pulse-fixtures";

let org: PulseOrgFixture;
let other: PulseOrgFixture;
const DAY = 86_400_000;

beforeAll(async () => {
  org = await createPulseOrg("evans", 2);
  other = await createPulseOrg("evans-b", 0);
});

async function eventFor(o: PulseOrgFixture, membershipId: string, dueInDays: number): Promise<{ id: string; surveyDueAt: Date }> {
  const surveyDueAt = new Date(Date.now() + dueInDays * DAY);
  return db().employeeEvent.create({
    data: {
      organisationId: o.organisationId,
      membershipId,
      type: "ONBOARDING",
      occurredAt: new Date(surveyDueAt.getTime() - 30 * DAY),
      surveyDueAt,
    },
    select: { id: true, surveyDueAt: true },
  });
}

/** The short form: eNPS, why, items; no irritants, no suggestion. */
function answer(o: PulseOrgFixture, score = 9) {
  return { ...validAnswer(o, score), irritantIds: [], suggestion: null };
}

describe("submitEventResponse", () => {
  it("stores one anonymous answer with the event type, no pulse, the team and the due month; a second try is refused", async () => {
    const employee = org.employees[0]!;
    const event = await eventFor(org, employee.membershipId, -2);
    expect((await listMyEventPulses(employee)).map((e) => [e.id, e.answered])).toEqual([[event.id, false]]);
    expect((await findEventForm(employee, event.id, "fr")).status).toBe("open");
    await db().rollupDirty.deleteMany({ where: { organisationId: org.organisationId } });
    await db().rollupDirtyTeam.deleteMany({ where: { organisationId: org.organisationId } });
    const before = await countEmployeeWrites(org.organisationId);

    expect(await submitEventResponse(employee, event.id, answer(org))).toEqual({ status: "stored" });
    const rows = await db().employeeBallot.findMany({ where: { organisationId: org.organisationId, eventType: { not: null } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      pulseId: null,
      eventType: "ONBOARDING",
      teamId: employee.teamId,
      period: eventPeriod(event.surveyDueAt),
      score: 9,
      suggestion: null,
    });
    expect((await db().employeeEvent.findUniqueOrThrow({ where: { id: event.id } })).answered).toBe(true);
    expect(await db().rollupDirtyTeam.count({ where: { organisationId: org.organisationId, teamId: employee.teamId! } })).toBe(1);
    const after = await countEmployeeWrites(org.organisationId);
    expect(after.responses - before.responses).toBe(1);
    expect(after.items - before.items).toBe(2);

    // Twice at once and once more later: nothing more is stored.
    const again = await Promise.all([
      submitEventResponse(employee, event.id, answer(org, 2)),
      submitEventResponse(employee, event.id, answer(org, 3)),
    ]);
    expect(again).toEqual([{ status: "answered" }, { status: "answered" }]);
    expect(await countEmployeeWrites(org.organisationId)).toEqual(after);
    expect((await findEventForm(employee, event.id, "fr")).status).toBe("answered");
    expect((await listMyEventPulses(employee))[0]!.answered).toBe(true);
  });

  it("answers concurrent first submits exactly once", async () => {
    const employee = org.employees[1]!;
    const event = await eventFor(org, employee.membershipId, -1);
    const before = await countEmployeeWrites(org.organisationId);
    const results = await Promise.all([1, 2, 3].map((s) => submitEventResponse(employee, event.id, answer(org, s))));
    expect(results.filter((r) => r.status === "stored")).toHaveLength(1);
    expect((await countEmployeeWrites(org.organisationId)).responses - before.responses).toBe(1);
  });

  it("refuses another person's or organisation's event (notFound), a window not open or closed (notOpen), bad input; nothing stored", async () => {
    const owner = org.employees[2]!;
    const event = await eventFor(org, owner.membershipId, -1);
    const notDue = await eventFor(org, owner.membershipId, 3);
    const closed = await eventFor(org, owner.membershipId, -15);
    const before = await countEmployeeWrites(org.organisationId);
    expect(await submitEventResponse(org.employees[0]!, event.id, answer(org))).toEqual({ status: "notFound" });
    expect(await submitEventResponse(org.actors.HR, event.id, answer(org))).toEqual({ status: "notFound" });
    expect(await submitEventResponse(other.actors.EMPLOYEE, event.id, answer(org))).toEqual({ status: "notFound" });
    expect(await submitEventResponse(owner, "not-a-uuid", answer(org))).toEqual({ status: "notFound" });
    expect(await submitEventResponse(owner, notDue.id, answer(org))).toEqual({ status: "notOpen" });
    expect(await submitEventResponse(owner, closed.id, answer(org))).toEqual({ status: "notOpen" });
    expect((await findEventForm(org.employees[0]!, event.id, "fr")).status).toBe("notFound");
    expect((await findEventForm(owner, closed.id, "fr")).status).toBe("notOpen");
    // Irritants and another organisation's items are not part of this form.
    expect(
      await submitEventResponse(owner, event.id, { ...answer(org), irritantIds: [Object.values(org.catalogues.employeeIrritants)[0]!] }),
    ).toEqual({ status: "invalid", fields: ["irritants"] });
    expect(await submitEventResponse(owner, event.id, { ...answer(org), items: { [other.catalogues.items.ecoute!]: 3 } })).toEqual({
      status: "invalid",
      fields: ["items"],
    });
    expect(parseAnswerDraft({ ...emptyAnswerDraft(), score: "11" })).toEqual({ ok: false, fields: ["score"] });
    expect(parseAnswerDraft({ ...emptyAnswerDraft(), score: "5", comment: "x".repeat(2001) })).toEqual({ ok: false, fields: ["comment"] });
    expect(await countEmployeeWrites(org.organisationId)).toEqual(before);
    expect(
      await db().employeeEvent.count({
        where: { organisationId: org.organisationId, answered: true, id: { in: [event.id, notDue.id, closed.id] } },
      }),
    ).toBe(0);
    expect((await listMyEventPulses(owner)).map((e) => e.id)).toEqual([event.id]);
  });
});
