// The catalogues every new organisation starts with (docs/product.md "Vocabulary"), in French and English:
// mirrored item pairs, moments of truth per side, and mirrored irritant catalogues.
import type { EmployeeEventType } from "@/lib/pulses/employee-event-schema";

export type MirroredItemDefault = {
  dimension: string;
  customerTextFr: string;
  customerTextEn: string;
  employeeTextFr: string;
  employeeTextEn: string;
};

export type MomentOfTruthDefault = { key: string; labelFr: string; labelEn: string };

/**
 * Each employee moment is the HR-system event of its type; an event of a moment that triggers
 * schedules a personal pulse `pulseDelayDays` after it (docs/product.md: e.g. 30 days after onboarding).
 */
export type EmployeeMomentOfTruthDefault = MomentOfTruthDefault & {
  eventType: EmployeeEventType;
  triggersPulse: boolean;
  pulseDelayDays: number;
};

export type IrritantLabel = { key: string; labelFr: string; labelEn: string };

/** Irritants are defined in pairs so a side's catalogue can never lose its mirror. */
export type IrritantPairDefault = { customer: IrritantLabel; employee: IrritantLabel };

/** Same 1–5 agreement scale on both sides; wording from docs/product.md "Vocabulary". */
export const DEFAULT_MIRRORED_ITEMS: readonly MirroredItemDefault[] = [
  {
    dimension: "ecoute",
    customerTextFr: "Le conseiller m’a écouté",
    customerTextEn: "The advisor listened to me",
    employeeTextFr: "Mon manager est à mon écoute",
    employeeTextEn: "My manager listens to me",
  },
  {
    dimension: "consideration",
    customerTextFr: "Je me suis senti respecté et considéré",
    customerTextEn: "I felt respected and valued",
    employeeTextFr: "Je me sens reconnu pour mon travail",
    employeeTextEn: "I feel recognised for my work",
  },
  {
    dimension: "pouvoir_agir",
    customerTextFr: "Ma demande a été réglée sans que l’on me renvoie ailleurs",
    customerTextEn: "My request was solved without being sent elsewhere",
    employeeTextFr: "J’ai la latitude nécessaire pour régler moi-même les demandes des clients",
    employeeTextEn: "I have the latitude to solve customers’ requests myself",
  },
  {
    dimension: "simplicite",
    customerTextFr: "C’était simple",
    customerTextEn: "It was simple",
    employeeTextFr: "Mes outils et nos processus me simplifient le travail",
    employeeTextEn: "My tools and processes make my work simple",
  },
  {
    dimension: "sens",
    customerTextFr: "On m’a expliqué clairement la suite",
    customerTextEn: "I was told clearly what happens next",
    employeeTextFr: "Je comprends les raisons des décisions qui me concernent",
    employeeTextEn: "I understand the reasons behind decisions that affect me",
  },
];

/** The customer moment a contact gets when none is given (API, CSV import, contacts form). */
export const DEFAULT_CONTACT_MOMENT_KEY = "non_precise";

export const DEFAULT_CUSTOMER_MOMENTS: readonly MomentOfTruthDefault[] = [
  { key: "premier_achat", labelFr: "Premier achat", labelEn: "First purchase" },
  { key: "premiere_utilisation", labelFr: "Première utilisation", labelEn: "First use" },
  { key: "premiere_facture", labelFr: "Première facture", labelEn: "First bill" },
  { key: "panne", labelFr: "Panne", labelEn: "Breakdown" },
  { key: "reclamation", labelFr: "Réclamation", labelEn: "Complaint" },
  { key: "visite_magasin", labelFr: "Visite en magasin", labelEn: "Store visit" },
  { key: "demande_information", labelFr: "Demande d’information ou d’assistance", labelEn: "Information or assistance request" },
  // The organisation-level default (issue 13 §4): a contact sent without momentOfTruth gets it.
  { key: DEFAULT_CONTACT_MOMENT_KEY, labelFr: "Non précisé", labelEn: "Unspecified" },
];

export const DEFAULT_EMPLOYEE_MOMENTS: readonly EmployeeMomentOfTruthDefault[] = [
  { key: "recrutement", labelFr: "Recrutement", labelEn: "Recruitment", eventType: "RECRUITMENT", triggersPulse: false, pulseDelayDays: 7 },
  { key: "integration", labelFr: "Intégration", labelEn: "Onboarding", eventType: "ONBOARDING", triggersPulse: true, pulseDelayDays: 30 },
  {
    key: "premiers_outils",
    labelFr: "Premier contact avec les outils",
    labelEn: "First contact with the tools",
    eventType: "FIRST_TOOLS",
    triggersPulse: false,
    pulseDelayDays: 14,
  },
  {
    key: "entretien_manager",
    labelFr: "Entretien individuel avec le manager",
    labelEn: "One-to-one with the manager",
    eventType: "ONE_TO_ONE",
    triggersPulse: true,
    pulseDelayDays: 3,
  },
  {
    key: "changement_poste",
    labelFr: "Changement de poste",
    labelEn: "Job change",
    eventType: "JOB_CHANGE",
    triggersPulse: true,
    pulseDelayDays: 30,
  },
  {
    key: "reorganisation",
    labelFr: "Réorganisation",
    labelEn: "Reorganisation",
    eventType: "REORGANISATION",
    triggersPulse: true,
    pulseDelayDays: 30,
  },
  {
    key: "reponse_suggestion",
    labelFr: "Réponse à une suggestion",
    labelEn: "Reaction to a suggestion",
    eventType: "SUGGESTION_ANSWERED",
    triggersPulse: true,
    pulseDelayDays: 7,
  },
  {
    key: "entretien_rh",
    labelFr: "Entretien RH",
    labelEn: "HR interview",
    eventType: "HR_INTERVIEW",
    triggersPulse: true,
    pulseDelayDays: 7,
  },
];

/** What the customer suffers, next to what the employee suffers that causes it. */
export const DEFAULT_IRRITANT_PAIRS: readonly IrritantPairDefault[] = [
  {
    customer: { key: "attente", labelFr: "Le temps d’attente", labelEn: "Waiting time" },
    employee: { key: "outils_lents", labelFr: "Des outils lents ou qui plantent", labelEn: "Slow or unreliable tools" },
  },
  {
    customer: { key: "renvoi", labelFr: "Être renvoyé d’un service à l’autre", labelEn: "Being passed from one department to another" },
    employee: { key: "pas_autonomie", labelFr: "Pas le pouvoir de décider seul", labelEn: "No authority to decide on my own" },
  },
  {
    customer: { key: "pas_rappele", labelFr: "Ne pas avoir été rappelé", labelEn: "Not being called back" },
    employee: { key: "pas_temps_suivi", labelFr: "Pas le temps d’assurer le suivi", labelEn: "No time to follow up" },
  },
  {
    customer: { key: "information_floue", labelFr: "Des informations peu claires", labelEn: "Unclear information" },
    employee: { key: "decisions_floues", labelFr: "Des décisions et consignes peu claires", labelEn: "Unclear decisions and instructions" },
  },
  {
    customer: { key: "se_repeter", labelFr: "Devoir répéter sa demande", labelEn: "Having to repeat myself" },
    employee: {
      key: "historique_incomplet",
      labelFr: "Un historique client incomplet ou éparpillé",
      labelEn: "Incomplete or scattered customer history",
    },
  },
  {
    customer: { key: "accueil_froid", labelFr: "Un accueil peu chaleureux", labelEn: "An unfriendly welcome" },
    employee: { key: "manque_reconnaissance", labelFr: "Le manque de reconnaissance", labelEn: "Lack of recognition" },
  },
];
