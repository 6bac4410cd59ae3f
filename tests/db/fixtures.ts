// Small organisations for db tests: a direction D ⊃ service S ⊃ teams T1, T2 and a
// sibling service S2 ⊃ T3, one member per role, and a few answers on each side.
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { findActor } from "@/lib/db/users/find-actor";

export interface OrgFixture {
  organisationId: string;
  teams: Record<"D" | "S" | "T1" | "T2" | "S2" | "T3", string>;
  actors: Record<Role, Actor>;
}

const teamShape = [
  { key: "D", parent: null, kind: "DIRECTION" },
  { key: "S", parent: "D", kind: "SERVICE" },
  { key: "T1", parent: "S", kind: "TEAM" },
  { key: "T2", parent: "S", kind: "TEAM" },
  { key: "S2", parent: "D", kind: "SERVICE" },
  { key: "T3", parent: "S2", kind: "TEAM" },
] as const;

export async function createOrgFixture(slug: string, answersPerTeam = 6): Promise<OrgFixture> {
  const client = db();
  const organisation = await client.organisation.create({ data: { slug, name: `Org ${slug}` } });
  const ids = Object.fromEntries(teamShape.map((t) => [t.key, randomUUID()])) as OrgFixture["teams"];
  const paths: Record<string, string> = {};
  for (const team of teamShape) {
    paths[team.key] = `${team.parent ? paths[team.parent] : "/"}${ids[team.key]}/`;
    await client.team.create({
      data: {
        id: ids[team.key],
        organisationId: organisation.id,
        parentId: team.parent ? ids[team.parent] : null,
        name: `${slug} ${team.key}`,
        kind: team.kind,
        path: paths[team.key]!,
        depth: paths[team.key]!.split("/").length - 3,
        externalId: `${slug}-${team.key}`,
      },
    });
  }
  const roleTeam: Record<Role, string> = { ADMIN: ids.D, HR: ids.D, CX: ids.D, MANAGER: ids.S, EMPLOYEE: ids.T1 };
  const actors = {} as Record<Role, Actor>;
  for (const role of Object.keys(roleTeam) as Role[]) {
    const user = await client.user.create({ data: { email: `${role.toLowerCase()}@${slug}.test`, name: `${role} ${slug}` } });
    await client.membership.create({ data: { organisationId: organisation.id, userId: user.id, role, teamId: roleTeam[role] } });
    const actor = await findActor(user.id);
    if (!actor) throw new Error("fixture actor missing");
    actors[role] = actor;
  }
  await addAnswers(organisation.id, [ids.T1, ids.T2, ids.T3], answersPerTeam);
  return { organisationId: organisation.id, teams: ids, actors };
}

/** The survey-link columns every contact row carries: an unknowable token, open 30 days. */
export function unknownLink(): { tokenHash: Uint8Array<ArrayBuffer>; linkExpiresAt: Date } {
  return { tokenHash: new Uint8Array(randomBytes(32)), linkExpiresAt: new Date(Date.now() + 30 * 86_400_000) };
}

/** `count` customer and employee answers per team, scores cycling over 0..10. */
async function addAnswers(organisationId: string, teamIds: string[], count: number) {
  const client = db();
  const mot = await client.momentOfTruth.create({
    data: { organisationId, side: "CUSTOMER", key: "complaint", labelFr: "Réclamation", labelEn: "Complaint" },
  });
  for (const teamId of teamIds) {
    for (let i = 0; i < count; i++) {
      const contact = await client.contact.create({
        data: {
          organisationId,
          teamId,
          momentOfTruthId: mot.id,
          channel: "PHONE",
          locale: "fr",
          occurredAt: new Date("2026-10-01"),
          ...unknownLink(),
        },
      });
      await client.customerResponse.create({
        data: {
          organisationId,
          contactId: contact.id,
          teamId,
          momentOfTruthId: mot.id,
          channel: "PHONE",
          locale: "fr",
          submissionId: randomUUID(),
          score: (i * 3) % 11,
        },
      });
    }
    await client.employeeResponse.createMany({
      data: Array.from({ length: count }, (_, i) => ({ organisationId, teamId, period: new Date("2026-10-01"), score: (i * 7) % 11 })),
    });
    await client.employeeRespondent.createMany({
      data: Array.from({ length: count }, () => ({ organisationId, teamId, period: new Date("2026-10-01"), personId: randomUUID() })),
    });
  }
}
