// Operational KPIs per leaf team and month (they follow the climate, so ROI views have a
// signal) and the managers' budgeted actions with the irritants and items they address.
import type { Prisma } from "@/lib/db/generated/client";
import type { DefaultCatalogueIds } from "@/lib/db/internal/organisations/create-catalogues";
import { monthStart, PULSE_MONTHS } from "./calendar";
import type { LeafTeam } from "./org";
import { PROFILE_MIX } from "./profiles";
import { Rng } from "./prng";

type ExtrasInput = {
  organisationId: string;
  leaves: LeafTeam[];
  climates: Map<string, number[]>;
  catalogues: DefaultCatalogueIds;
  managerByService: Map<string, string>;
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Months before the story (index −5 = November 2025 … 0 = April 2026): a year of KPIs up to October 2026. */
const HISTORY_MONTHS = [-5, -4, -3, -2, -1, 0] as const;
/** Its own stream for those months, so the story's stream (and everything drawn after) stays as it was. */
const HISTORY_SEED = 20251001;

export function buildKpis(rng: Rng, input: ExtrasInput): Prisma.OperationalKpiCreateManyInput[] {
  const rows: Prisma.OperationalKpiCreateManyInput[] = [];
  const { kpis } = input.catalogues;
  const history = new Rng(HISTORY_SEED);
  for (const leaf of input.leaves) {
    const handling = PROFILE_MIX[leaf.plan.profile].handlingSeconds;
    const climate = input.climates.get(leaf.plan.externalId)!;
    const monthRows = (month: number, c: number, r: Rng) => {
      const base = { organisationId: input.organisationId, teamId: leaf.id, period: monthStart(month) };
      const row = (key: string, value: number) => rows.push({ ...base, kpiId: kpis[key]!, value });
      row("first_contact_resolution", round1(clamp(72 + 8 * c + 2.5 * r.normal(), 40, 95)));
      row("absenteeism", round1(clamp(5.5 - 1.8 * c + 0.8 * r.normal(), 1, 15)));
      row("turnover", round1(clamp(1.2 - 0.6 * c + 0.3 * r.normal(), 0, 6)));
      if (handling !== null) row("average_handling_time", Math.max(0, Math.round(handling * (1 - 0.08 * c) + 15 * r.normal())));
    };
    // Before the story, the team's climate hovers around where the story starts.
    for (const month of HISTORY_MONTHS) monthRows(month, climate[0]! + 0.15 * history.normal(), history);
    for (const month of PULSE_MONTHS) monthRows(month, climate[month]!, rng);
  }
  return rows;
}

type ActionPlan = {
  team: string;
  title: string;
  description: string;
  status: Prisma.ActionCreateManyInput["status"];
  due: Date;
  budgetEuros: number | null;
  publishedAt: Date | null;
  createdAt: Date;
  customerIrritants: string[];
  employeeIrritants: string[];
  items: string[];
};

const d = (month: number, day: number, year = 2026) => new Date(Date.UTC(year, month - 1, day));

const ACTIONS: readonly ActionPlan[] = [
  {
    team: "T-REL-03",
    title: "Geste commercial jusqu’à 50 € sans validation",
    description: "Les conseillers règlent eux-mêmes les réclamations simples au lieu de les transmettre au responsable.",
    status: "DONE",
    due: d(7, 31),
    budgetEuros: 15_000,
    publishedAt: d(8, 3),
    createdAt: d(6, 8),
    customerIrritants: ["renvoi"],
    employeeIrritants: ["pas_autonomie"],
    items: ["pouvoir_agir"],
  },
  {
    team: "T-REL-01",
    title: "Un poste conseiller unique avec tout l’historique client",
    description: "Remplacement des trois applications actuelles par un CRM unifié, déployé équipe par équipe.",
    status: "IN_PROGRESS",
    due: d(12, 15),
    budgetEuros: 48_000,
    publishedAt: d(9, 20),
    createdAt: d(9, 2),
    customerIrritants: ["attente", "se_repeter"],
    employeeIrritants: ["outils_lents", "historique_incomplet"],
    items: ["simplicite"],
  },
  {
    team: "T-LIV-02",
    title: "Rappeler sous 48 h chaque client livré en retard",
    description: "Un créneau quotidien réservé aux rappels, le temps de revoir le contrat avec le transporteur régional.",
    status: "IN_PROGRESS",
    due: d(11, 30),
    budgetEuros: 6_000,
    publishedAt: d(10, 12),
    createdAt: d(10, 5),
    customerIrritants: ["pas_rappele", "information_floue"],
    employeeIrritants: ["pas_temps_suivi"],
    items: ["sens"],
  },
  {
    team: "T-MAG-01",
    title: "Plannings du samedi revus et renfort de deux vendeurs",
    description: "Plannings construits avec l’équipe et communiqués trois semaines à l’avance.",
    status: "PLANNED",
    due: d(1, 31, 2027),
    budgetEuros: 22_000,
    publishedAt: null,
    createdAt: d(11, 6),
    customerIrritants: ["accueil_froid"],
    employeeIrritants: ["manque_reconnaissance", "decisions_floues"],
    items: ["consideration"],
  },
];

export type ActionRows = {
  actions: Prisma.ActionCreateManyInput[];
  irritants: Prisma.ActionIrritantCreateManyInput[];
  items: Prisma.ActionItemCreateManyInput[];
  teams: Prisma.ActionTeamCreateManyInput[];
};

export function buildActions(rng: Rng, input: ExtrasInput): ActionRows {
  const rows: ActionRows = { actions: [], irritants: [], items: [], teams: [] };
  const { organisationId, catalogues } = input;
  for (const plan of ACTIONS) {
    const leaf = input.leaves.find((l) => l.plan.externalId === plan.team)!;
    const id = rng.uuid();
    rows.actions.push({
      id,
      organisationId,
      teamId: leaf.id,
      ownerId: input.managerByService.get(leaf.serviceExternalId) ?? null,
      title: plan.title,
      description: plan.description,
      status: plan.status,
      dueDate: plan.due,
      budgetCents: plan.budgetEuros === null ? null : plan.budgetEuros * 100,
      doneAt: plan.status === "DONE" ? plan.due : null,
      publishedAt: plan.publishedAt,
      publishedSummary: plan.publishedAt === null ? null : plan.description,
      createdAt: plan.createdAt,
      updatedAt: plan.publishedAt ?? plan.createdAt,
    });
    const irritantIds = [
      ...plan.customerIrritants.map((key) => catalogues.customerIrritants[key]!),
      ...plan.employeeIrritants.map((key) => catalogues.employeeIrritants[key]!),
    ];
    rows.teams.push({ organisationId, actionId: id, teamId: leaf.id });
    for (const irritantId of irritantIds) rows.irritants.push({ organisationId, actionId: id, irritantId });
    for (const dimension of plan.items) rows.items.push({ organisationId, actionId: id, itemId: catalogues.items[dimension]! });
  }
  return rows;
}
