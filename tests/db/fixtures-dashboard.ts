// Builders for dashboard db tests: an organisation from a tree spec, one member per role,
// and answers written the way the product writes them — in a transaction with
// markRollupDirty — unless a test asks to "forget" the marker.
import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { markRollupDirty } from "@/lib/db/rollup/mark-dirty";
import { findActor } from "@/lib/db/users/find-actor";
import { unknownLink } from "./fixtures";

type Channel = "PHONE" | "EMAIL" | "CHAT" | "STORE" | "FIELD";

export interface DashboardOrg {
  organisationId: string;
  teams: Record<string, string>;
  actors: Record<Role, Actor>;
  mots: { complaint: string; purchase: string };
  itemIds: string[];
  irritantIds: { customer: string; employee: string };
}

/** `tree` maps a team key to its parent key (null for a root); `roleTeams` places each role's member. */
export async function createDashboardOrg(
  slug: string,
  tree: Record<string, string | null>,
  roleTeams: Record<Role, string>,
): Promise<DashboardOrg> {
  const client = db();
  const organisation = await client.organisation.create({ data: { slug, name: `Org ${slug}` } });
  const organisationId = organisation.id;
  const teams: Record<string, string> = {};
  const paths: Record<string, string> = {};
  for (const [key, parent] of Object.entries(tree)) {
    teams[key] = randomUUID();
    paths[key] = `${parent ? paths[parent] : "/"}${teams[key]}/`;
    const depth = paths[key]!.split("/").length - 3;
    await client.team.create({
      data: {
        id: teams[key],
        organisationId,
        parentId: parent ? teams[parent]! : null,
        name: `${slug} ${key}`,
        path: paths[key]!,
        depth,
        externalId: `${slug}-${key}`,
        kind: parent ? "TEAM" : "DIRECTION",
      },
    });
  }
  const actors = {} as Record<Role, Actor>;
  for (const [role, teamKey] of Object.entries(roleTeams) as Array<[Role, string]>) {
    const user = await client.user.create({ data: { email: `${role.toLowerCase()}@${slug}.test`, name: `${role} ${slug}` } });
    await client.membership.create({ data: { organisationId, userId: user.id, role, teamId: teams[teamKey]! } });
    actors[role] = (await findActor(user.id)) as Actor;
  }
  const mot = (key: string) => client.momentOfTruth.create({ data: { organisationId, side: "CUSTOMER", key, labelFr: key, labelEn: key } });
  const [complaint, purchase] = await Promise.all([mot("complaint"), mot("purchase")]);
  const items = await Promise.all(
    ["ecoute", "simplicite"].map((dimension, position) =>
      client.mirroredItem.create({
        data: {
          organisationId,
          dimension,
          position,
          customerTextFr: dimension,
          customerTextEn: dimension,
          employeeTextFr: dimension,
          employeeTextEn: dimension,
        },
      }),
    ),
  );
  const irritant = (side: "CUSTOMER" | "EMPLOYEE") =>
    client.irritant.create({ data: { organisationId, side, key: "wait", labelFr: "attente", labelEn: "wait" } });
  const [customerIrritant, employeeIrritant] = await Promise.all([irritant("CUSTOMER"), irritant("EMPLOYEE")]);
  return {
    organisationId,
    teams,
    actors,
    mots: { complaint: complaint.id, purchase: purchase.id },
    itemIds: items.map((item) => item.id),
    irritantIds: { customer: customerIrritant.id, employee: employeeIrritant.id },
  };
}

export interface CustomerAnswers {
  teamId: string;
  scores: number[];
  submittedAt: string | Date;
  channel?: Channel;
  momentOfTruthId: string;
  /** Item values per answer (same index), answered on the first item; an irritant flagged on every third answer. */
  itemValues?: number[];
  irritantId?: string;
  /** Comments per answer (same index); none when absent. */
  comments?: (string | null)[];
}

export async function addCustomerAnswers(organisationId: string, answers: CustomerAnswers, options: { forgetMarker?: boolean } = {}) {
  const submittedAt = new Date(answers.submittedAt);
  const channel = answers.channel ?? "PHONE";
  const rows = answers.scores.map((score) => ({ contactId: randomUUID(), responseId: randomUUID(), score }));
  await db().$transaction(async (tx) => {
    await tx.contact.createMany({
      data: rows.map((row) => ({
        id: row.contactId,
        organisationId,
        teamId: answers.teamId,
        momentOfTruthId: answers.momentOfTruthId,
        channel,
        locale: "fr" as const,
        occurredAt: submittedAt,
        ...unknownLink(),
      })),
    });
    await tx.customerResponse.createMany({
      data: rows.map((row, i) => ({
        id: row.responseId,
        organisationId,
        contactId: row.contactId,
        teamId: answers.teamId,
        momentOfTruthId: answers.momentOfTruthId,
        channel,
        locale: "fr" as const,
        submissionId: randomUUID(),
        score: row.score,
        submittedAt,
        comment: answers.comments?.[i] ?? null,
      })),
    });
    const itemId = answers.itemValues
      ? (await tx.mirroredItem.findFirstOrThrow({ where: { organisationId }, orderBy: { position: "asc" } })).id
      : null;
    if (itemId)
      await tx.customerItemAnswer.createMany({
        data: rows.map((row, i) => ({ organisationId, responseId: row.responseId, itemId, value: answers.itemValues?.[i] ?? 3 })),
      });
    if (answers.irritantId) {
      await tx.customerResponseIrritant.createMany({
        data: rows
          .filter((_, i) => i % 3 === 0)
          .map((row) => ({ organisationId, responseId: row.responseId, irritantId: answers.irritantId! })),
      });
    }
    if (!options.forgetMarker) await markRollupDirty(tx, organisationId, submittedAt);
  });
}

export async function addEmployeeAnswers(
  organisationId: string,
  teamId: string,
  month: string,
  scores: number[],
  extra: { itemValues?: number[]; irritantId?: string; forgetMarker?: boolean; people?: string[]; comments?: (string | null)[] } = {},
) {
  const period = new Date(`${month}-01T00:00:00.000Z`);
  const rows = scores.map((score) => ({ id: randomUUID(), score }));
  // Who answered (as the app's answer path records it): one new person per answer unless given.
  const people = extra.people ?? rows.map(() => randomUUID());
  await db().$transaction(async (tx) => {
    await tx.employeeResponse.createMany({
      data: rows.map((row, i) => ({ id: row.id, organisationId, teamId, period, score: row.score, comment: extra.comments?.[i] ?? null })),
    });
    await tx.employeeRespondent.createMany({
      data: people.map((personId) => ({ organisationId, teamId, period, personId })),
      skipDuplicates: true,
    });
    if (extra.itemValues) {
      const item = await tx.mirroredItem.findFirstOrThrow({ where: { organisationId }, orderBy: { position: "asc" } });
      await tx.employeeItemAnswer.createMany({
        data: rows.map((row, i) => ({ organisationId, responseId: row.id, itemId: item.id, value: extra.itemValues?.[i] ?? 3 })),
      });
    }
    if (extra.irritantId)
      await tx.employeeResponseIrritant.createMany({
        data: rows.filter((_, i) => i % 2 === 0).map((row) => ({ organisationId, responseId: row.id, irritantId: extra.irritantId! })),
      });
    if (!extra.forgetMarker) await markRollupDirty(tx, organisationId, period);
  });
}

/** Answers with the given numbers of promoters (10), passives (8) and detractors (3). */
export function scores(promoters: number, passives: number, detractors: number): number[] {
  return [...Array<number>(promoters).fill(10), ...Array<number>(passives).fill(8), ...Array<number>(detractors).fill(3)];
}

/** A mirrored pair of themes (customer « attente » ↔ employee « outils lents »), matched by the database's triggers. */
export async function addThemePair(organisationId: string): Promise<{ customer: string; employee: string }> {
  const client = db();
  const customer = await client.theme.create({
    data: {
      organisationId,
      side: "CUSTOMER",
      key: "attente",
      labelFr: "Attente",
      labelEn: "Waiting",
      keywordsFr: ["attente"],
      keywordsEn: ["wait"],
    },
  });
  const employee = await client.theme.create({
    data: {
      organisationId,
      side: "EMPLOYEE",
      key: "outils",
      labelFr: "Outils lents",
      labelEn: "Slow tools",
      keywordsFr: ["outil lent"],
      keywordsEn: ["slow tool"],
      mirrorId: customer.id,
    },
  });
  await client.theme.update({ where: { id: customer.id }, data: { mirrorId: employee.id } });
  return { customer: customer.id, employee: employee.id };
}
