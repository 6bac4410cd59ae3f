// Builds the six monthly pulses (May–October 2026) with their teams, participations and
// anonymous answers. Answers are generated from per-team counts, not per participant, and
// shuffled, so neither their order nor their ids say who answered.
import type { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_IRRITANT_PAIRS, DEFAULT_MIRRORED_ITEMS } from "@/lib/surveys/defaults";
import type { DefaultCatalogueIds } from "@/lib/db/internal/organisations/create-catalogues";
import { addDays, monthLabelFr, monthStart, PULSE_MONTHS } from "./calendar";
import type { LeafTeam } from "./org";
import { PROFILE_MIX } from "./profiles";
import type { Rng } from "./prng";
import { drawDistinct, employeeScore, irritantCount, itemValue } from "./story";
import { drawFromId, employeeComment, employeeSuggestion, otherIrritant } from "./verbatims";

export type EmployeeRows = {
  pulses: Prisma.PulseCreateManyInput[];
  pulseTeams: Prisma.PulseTeamCreateManyInput[];
  participations: Prisma.PulseParticipationCreateManyInput[];
  responses: Prisma.EmployeeResponseCreateManyInput[];
  /** Who answered in each (team, month) cell, as the answer path records it (the threshold counts people). */
  respondents: Prisma.EmployeeRespondentCreateManyInput[];
  items: Prisma.EmployeeItemAnswerCreateManyInput[];
  irritants: Prisma.EmployeeResponseIrritantCreateManyInput[];
};

export type EmployeeInput = {
  organisationId: string;
  leaves: LeafTeam[];
  employeesByLeaf: Map<string, string[]>;
  climates: Map<string, number[]>;
  catalogues: DefaultCatalogueIds;
};

/** Employees rate their own tools and the reasons for decisions lowest (what the articles report). */
const ITEM_OFFSETS: Record<string, number> = { ecoute: 0.2, consideration: -0.2, pouvoir_agir: -0.1, simplicite: -0.4, sens: -0.3 };

export function buildEmployeeSide(rng: Rng, input: EmployeeInput): EmployeeRows {
  const rows: EmployeeRows = { pulses: [], pulseTeams: [], participations: [], responses: [], respondents: [], items: [], irritants: [] };
  const seriesId = rng.uuid();
  for (const month of PULSE_MONTHS) {
    const start = monthStart(month);
    const pulse = {
      id: rng.uuid(),
      organisationId: input.organisationId,
      seriesId,
      cadence: "MONTHLY" as const,
      name: `Baromètre collaborateurs — ${monthLabelFr(month)}`,
      opensAt: addDays(start, 11.3),
      closesAt: addDays(start, 25.9),
      createdAt: addDays(start, 4),
    };
    rows.pulses.push({ ...pulse, launchedAt: pulse.opensAt });
    for (const leaf of input.leaves) {
      rows.pulseTeams.push({ organisationId: input.organisationId, pulseId: pulse.id, teamId: leaf.id });
      const answered = addParticipations(rng, rows, input, { ...pulse, period: start }, leaf);
      const climate = input.climates.get(leaf.plan.externalId)![month]!;
      for (let i = 0; i < answered; i++) addResponse(rng, rows, input, { pulseId: pulse.id, period: start, leaf, climate });
    }
  }
  rng.shuffle(rows.responses);
  return rows;
}

/** 65–80 % answer each wave; late responders were reminded a week after the opening. */
function addParticipations(
  rng: Rng,
  rows: EmployeeRows,
  input: EmployeeInput,
  pulse: { id: string; opensAt: Date; period: Date },
  leaf: LeafTeam,
): number {
  const rate = 0.65 + 0.15 * rng.next();
  let answered = 0;
  for (const membershipId of input.employeesByLeaf.get(leaf.plan.externalId)!) {
    const didAnswer = rng.chance(rate);
    if (didAnswer) {
      answered++;
      rows.respondents.push({ organisationId: input.organisationId, period: pulse.period, teamId: leaf.id, personId: membershipId });
    }
    const reminded = !didAnswer || rng.chance(0.3);
    rows.participations.push({
      organisationId: input.organisationId,
      pulseId: pulse.id,
      membershipId,
      answered: didAnswer,
      invitedAt: pulse.opensAt,
      remindedAt: reminded ? addDays(pulse.opensAt, 7) : null,
      remindersSent: reminded ? 1 : 0,
    });
  }
  return answered;
}

type Wave = { pulseId: string; period: Date; leaf: LeafTeam; climate: number };

function addResponse(rng: Rng, rows: EmployeeRows, input: EmployeeInput, wave: Wave) {
  const { organisationId, catalogues } = input;
  const id = rng.uuid();
  const score = employeeScore(rng, wave.climate);
  rows.responses.push({
    id,
    organisationId,
    pulseId: wave.pulseId,
    teamId: wave.leaf.id,
    period: wave.period,
    score,
    // One draw each, as the fixed lists took: the rest of the seed keeps its values.
    comment: rng.chance(0.35) ? employeeComment(rng.next(), score) : null,
    suggestion: rng.chance(0.2) ? employeeSuggestion(rng.next()) : null,
    irritantOther: rng.chance(0.02) ? otherIrritant(drawFromId(id, "other"), "employee") : null,
  });
  for (const { dimension } of DEFAULT_MIRRORED_ITEMS) {
    rows.items.push({
      organisationId,
      responseId: id,
      itemId: catalogues.items[dimension]!,
      value: itemValue(rng, score, ITEM_OFFSETS[dimension]),
    });
  }
  for (const pair of drawDistinct(rng, PROFILE_MIX[wave.leaf.plan.profile].irritants, irritantCount(rng, score))) {
    rows.irritants.push({
      organisationId,
      responseId: id,
      irritantId: catalogues.employeeIrritants[DEFAULT_IRRITANT_PAIRS[pair]!.employee.key]!,
    });
  }
}
