// Maison Lumière's team tree and each leaf team's part in the story (its climate, its
// customer-side twist, its contact volume): the one place to read the demo's plot.
export type LeafProfile = "relation" | "magasin" | "livraison" | "sav";

export type LeafPlan = {
  externalId: string;
  name: string;
  size: number;
  profile: LeafProfile;
  /** Latent working climate around which the team's months random-walk (≈ −1 … +1). */
  climate: number;
  /** Scripted climate shifts from a story month on (an action that worked, a reorganisation). */
  shifts?: { fromMonth: number; delta: number }[];
  /** Customer-side offset not caused by the climate (the two outliers), from a month on. */
  customerTwist?: { fromMonth: number; delta: number };
  /** Relative customer contact volume. */
  volume: number;
};

export type ServicePlan = { externalId: string; name: string; manager: string; leaves: LeafPlan[] };
export type DirectionPlan = { externalId: string; name: string; services: ServicePlan[] };

export const DEMO_ORGANISATION = { slug: "demo", name: "Maison Lumière", brandColor: "#b45309" } as const;

/** The demo manager's service: three leaf teams, the demo employee in the first one. */
export const DEMO_MANAGER_SERVICE = "S-REL-LYON";
export const DEMO_EMPLOYEE_TEAM = "T-REL-01";
/** Below the anonymity threshold (5): its employee results must stay hidden. */
export const SMALL_TEAM = "T-REL-05";
/** Great climate, poor NPS: a new regional carrier delivers late from June on. */
export const HAPPY_STAFF_UNHAPPY_CUSTOMERS = "T-LIV-02";
/** Strained team, delighted customers: the flagship store's premium clientele. */
export const UNHAPPY_STAFF_HAPPY_CUSTOMERS = "T-MAG-01";

export const TEAM_TREE: readonly DirectionPlan[] = [
  {
    externalId: "D-REL",
    name: "Relation client",
    services: [
      {
        externalId: "S-REL-LYON",
        name: "Centre de relation client Lyon",
        manager: "Karim Benali",
        leaves: [
          { externalId: "T-REL-01", name: "Conseil Lyon A", size: 38, profile: "relation", climate: 0.5, volume: 1.6 },
          { externalId: "T-REL-02", name: "Conseil Lyon B", size: 34, profile: "relation", climate: -0.2, volume: 1.5 },
          // The budgeted action of July (refunds up to 50 € without escalation) lifts the climate.
          {
            externalId: "T-REL-03",
            name: "Réclamations",
            size: 22,
            profile: "relation",
            climate: -0.6,
            volume: 1.0,
            shifts: [{ fromMonth: 4, delta: 0.7 }],
          },
        ],
      },
      {
        externalId: "S-REL-DIG",
        name: "Service client digital",
        manager: "Nadia Haddad",
        leaves: [
          { externalId: "T-REL-04", name: "Chat et e-mail", size: 26, profile: "relation", climate: 0.2, volume: 1.3 },
          { externalId: "T-REL-05", name: "Réseaux sociaux", size: 4, profile: "relation", climate: 0.4, volume: 0.4 },
        ],
      },
    ],
  },
  {
    externalId: "D-MAG",
    name: "Magasins",
    services: [
      {
        externalId: "S-MAG-IDF",
        name: "Magasins Île-de-France",
        manager: "Isabelle Roux",
        leaves: [
          {
            externalId: "T-MAG-01",
            name: "Paris Opéra",
            size: 42,
            profile: "magasin",
            climate: -0.7,
            volume: 1.2,
            customerTwist: { fromMonth: 0, delta: 1.4 },
          },
          { externalId: "T-MAG-02", name: "Paris Bastille", size: 30, profile: "magasin", climate: 0.9, volume: 0.9 },
          // Reorganisation of the opening hours in July: the climate drops, NPS follows in August.
          {
            externalId: "T-MAG-03",
            name: "La Défense",
            size: 28,
            profile: "magasin",
            climate: 0.1,
            volume: 0.9,
            shifts: [{ fromMonth: 3, delta: -0.6 }],
          },
        ],
      },
      {
        externalId: "S-MAG-REG",
        name: "Magasins en région",
        manager: "Thomas Girard",
        leaves: [
          { externalId: "T-MAG-04", name: "Lyon Part-Dieu", size: 32, profile: "magasin", climate: 0.7, volume: 0.8 },
          { externalId: "T-MAG-05", name: "Bordeaux Sainte-Catherine", size: 26, profile: "magasin", climate: -0.3, volume: 0.7 },
        ],
      },
    ],
  },
  {
    externalId: "D-LIV",
    name: "Livraison & SAV",
    services: [
      {
        externalId: "S-LIV-LIV",
        name: "Livraison",
        manager: "Éric Lambert",
        leaves: [
          { externalId: "T-LIV-01", name: "Livraison Île-de-France", size: 36, profile: "livraison", climate: -0.9, volume: 1.1 },
          {
            externalId: "T-LIV-02",
            name: "Livraison Régions",
            size: 30,
            profile: "livraison",
            climate: 0.8,
            volume: 1.0,
            customerTwist: { fromMonth: 2, delta: -2.0 },
          },
        ],
      },
      {
        externalId: "S-LIV-SAV",
        name: "Service après-vente",
        manager: "Aurélie Petit",
        leaves: [
          { externalId: "T-LIV-03", name: "Atelier SAV", size: 24, profile: "sav", climate: 0.3, volume: 0.7 },
          { externalId: "T-LIV-04", name: "Interventions à domicile", size: 28, profile: "sav", climate: -0.4, volume: 0.8 },
        ],
      },
    ],
  },
];
