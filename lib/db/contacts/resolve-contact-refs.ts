// Turns the team and moment-of-truth references of validated contact rows into ids of the
// principal's organisation, in two set-based queries. Another organisation's team is
// "unknown team", exactly like an id that exists nowhere (never reveal it exists).
import type { CreateContactInput } from "@/lib/surveys/contact-schema";
import type { FieldError } from "@/lib/http/problem";
import { db } from "../client";

export interface ResolvedRefs {
  teamId: string;
  momentOfTruthId: string;
}

export interface RefResolver {
  resolve(input: CreateContactInput): { ok: true; refs: ResolvedRefs } | { ok: false; errors: FieldError[] };
}

export async function loadRefResolver(organisationId: string, inputs: CreateContactInput[]): Promise<RefResolver> {
  const teamIds = [...new Set(inputs.flatMap((row) => (row.teamId ? [row.teamId.toLowerCase()] : [])))];
  const teamExternalIds = [...new Set(inputs.flatMap((row) => (row.teamExternalId ? [row.teamExternalId] : [])))];
  const keys = [...new Set(inputs.map((row) => row.momentOfTruth))];
  const [teams, moments] = await Promise.all([
    teamIds.length + teamExternalIds.length === 0
      ? []
      : db().team.findMany({
          where: { organisationId, OR: [{ id: { in: teamIds } }, { externalId: { in: teamExternalIds } }] },
          select: { id: true, externalId: true },
        }),
    keys.length === 0
      ? []
      : db().momentOfTruth.findMany({
          // Only the customer side's active catalogue: an employee moment is not a contact.
          where: { organisationId, side: "CUSTOMER", active: true, key: { in: keys } },
          select: { id: true, key: true },
        }),
  ]);
  const byId = new Set(teams.map((team) => team.id));
  const byExternalId = new Map(teams.flatMap((team) => (team.externalId ? [[team.externalId, team.id] as const] : [])));
  const momentByKey = new Map(moments.map((moment) => [moment.key, moment.id]));

  return {
    resolve(input) {
      const errors: FieldError[] = [];
      const teamId = input.teamId ? (byId.has(input.teamId.toLowerCase()) ? input.teamId.toLowerCase() : undefined) : byExternalId.get(input.teamExternalId ?? "");
      if (!teamId) errors.push({ field: input.teamId ? "teamId" : "teamExternalId", message: "unknown team" });
      const momentOfTruthId = momentByKey.get(input.momentOfTruth);
      if (!momentOfTruthId) errors.push({ field: "momentOfTruth", message: "unknown moment of truth" });
      if (!teamId || !momentOfTruthId) return { ok: false, errors };
      return { ok: true, refs: { teamId, momentOfTruthId } };
    },
  };
}
