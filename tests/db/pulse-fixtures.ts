// Pulse fixtures for db tests: an organisation (tests/db/fixtures.ts shape) with its default
// catalogues, extra employees in T1, and pulses created and launched through the data layer.
import type { Actor } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { createPulse } from "@/lib/db/pulses/create-pulse";
import { launchPulse } from "@/lib/db/pulses/launch-pulse";
import { findActor } from "@/lib/db/users/find-actor";
import type { EmployeeAnswerInput } from "@/lib/pulses/answer-schema";
import { createDefaultCatalogues, type DefaultCatalogueIds } from "@/lib/db/internal/organisations/create-catalogues";
import { createOrgFixture, type OrgFixture } from "./fixtures";

export interface PulseOrgFixture extends OrgFixture {
  catalogues: DefaultCatalogueIds;
  employees: Actor[];
}

const DAY = 86_400_000;

export async function createPulseOrg(slug: string, extraEmployees = 3): Promise<PulseOrgFixture> {
  const org = await createOrgFixture(slug, 0);
  const catalogues = await db().$transaction((tx) => createDefaultCatalogues(tx, org.organisationId));
  const employees = [org.actors.EMPLOYEE];
  for (let i = 0; i < extraEmployees; i++) {
    const user = await db().user.create({ data: { email: `employee${i}@${slug}.test`, name: `Employee ${i}` } });
    await db().membership.create({ data: { organisationId: org.organisationId, userId: user.id, role: "EMPLOYEE", teamId: org.teams.T1 } });
    employees.push((await findActor(user.id))!);
  }
  return { ...org, catalogues, employees };
}

export interface PulseWindow {
  opensInDays?: number;
  closesInDays?: number;
  teamKey?: keyof OrgFixture["teams"];
  launch?: boolean;
  cadence?: "ONE_OFF" | "MONTHLY" | "QUARTERLY";
  /** The reminder plan; absent: the column default [3]. */
  reminderDays?: number[];
}

/** A pulse on a subtree (default S: T1 and T2), open now unless told otherwise. */
export async function createTestPulse(org: PulseOrgFixture, window: PulseWindow = {}): Promise<string> {
  const { opensInDays = -1, closesInDays = 10, teamKey = "S", launch = true, cadence = "ONE_OFF", reminderDays } = window;
  const now = Date.now();
  const { id } = await createPulse(org.actors.HR, {
    name: "Baromètre test",
    teamId: org.teams[teamKey],
    cadence,
    opensAt: new Date(now + opensInDays * DAY),
    closesAt: new Date(now + closesInDays * DAY),
    includeItems: true,
    includeIrritants: true,
    includeSuggestion: true,
    allowDuplicateName: true, // every fixture pulse has this name on purpose
    ...(reminderDays ? { reminderDays } : {}),
  });
  if (launch) await launchPulse(org.actors.HR, id);
  return id;
}

export function validAnswer(org: PulseOrgFixture, score = 8): EmployeeAnswerInput {
  return {
    score,
    comment: "Bonne ambiance",
    suggestion: "Des outils plus rapides",
    items: { [org.catalogues.items.ecoute!]: 4, [org.catalogues.items.simplicite!]: 2 },
    irritantIds: [Object.values(org.catalogues.employeeIrritants)[0]!],
    irritantOther: null,
  };
}

/** Rows of the anonymous answer tables and participations of an organisation. */
/** Employee answers wherever they are (ballots waiting for release, or released rows), with their items and irritants. */
export async function countEmployeeWrites(organisationId: string) {
  const client = db();
  const [[waiting], responses, items, irritants, answered, respondents] = await Promise.all([
    client.$queryRaw<Array<{ ballots: number; items: number; irritants: number }>>`
      SELECT count(*)::int AS ballots, coalesce(sum((SELECT count(*) FROM jsonb_object_keys(items))), 0)::int AS items,
             coalesce(sum(cardinality("irritantIds")), 0)::int AS irritants
      FROM "EmployeeBallot" WHERE "organisationId" = ${organisationId}::uuid`,
    client.employeeResponse.count({ where: { organisationId } }),
    client.employeeItemAnswer.count({ where: { organisationId } }),
    client.employeeResponseIrritant.count({ where: { organisationId } }),
    client.pulseParticipation.count({ where: { organisationId, answered: true } }),
    client.employeeRespondent.count({ where: { organisationId } }),
  ]);
  return {
    responses: responses + waiting!.ballots,
    items: items + waiting!.items,
    irritants: irritants + waiting!.irritants,
    answered,
    respondents,
  };
}
