// The verbatim themes every organisation starts with (docs/themes.md): one list for both sides,
// mirrored like irritants — what customers talk about next to what agents talk about that causes
// it. Keywords are words or short phrases matched by PostgreSQL full-text search on stems with
// accents folded (symetrie_fr / symetrie_en), so « rappelé » finds « rappeler » and « delai »
// finds « délais »; give the forms the stemmer does not join (« attendre » / « attends »).

export const CUSTOMER_THEME_KEYS = [
  "attente",
  "joignabilite",
  "reponse",
  "amabilite",
  "ecoute",
  "suivi",
  "renvoi",
  "facturation",
  "espace_client",
  "livraison",
] as const;

export const EMPLOYEE_THEME_KEYS = [
  "sous_effectif",
  "planning",
  "formation",
  "reconnaissance",
  "management",
  "process",
  "autonomie",
  "politique_commerciale",
  "outils",
  "coordination",
] as const;

export type CustomerThemeKey = (typeof CUSTOMER_THEME_KEYS)[number];
export type EmployeeThemeKey = (typeof EMPLOYEE_THEME_KEYS)[number];

export type ThemeDefault<Key extends string = string> = {
  key: Key;
  labelFr: string;
  labelEn: string;
  keywordsFr: readonly string[];
  keywordsEn: readonly string[];
};

/** Themes are defined in pairs so a side's list can never lose its mirror. */
export type ThemePairDefault = { customer: ThemeDefault<CustomerThemeKey>; employee: ThemeDefault<EmployeeThemeKey> };

export { DEFAULT_THEME_PAIRS } from "./default-pairs";
