// The monthly email of headline figures (issue 15 §3), and its opt-in on « Mon compte ».
export const monthlyEmail = {
  subject: "Vos chiffres de {month} : {scope}",
  intro: "Voici les chiffres de {month} pour {scope}, tels que le tableau de bord les montre.",
  nps: "NPS clients : {value} (n = {n})",
  npsTooFew: "NPS clients : trop peu de réponses (n = {n})",
  enps: "eNPS collaborateurs : {value} (n = {n})",
  npsNone: "NPS clients : pas de réponse ce mois-ci",
  enpsNone: "eNPS collaborateurs : pas de chiffre ce mois-ci (trop peu de réponses, ou masqué pour l'anonymat)",
  gap: "Écart eNPS − NPS : {value}",
  change: "{delta} par rapport au mois précédent",
  changeSignificant: "{delta} par rapport au mois précédent (significatif)",
  noFigures: "Le tableau de bord ne montre pas de chiffres pour ce mois (trop peu de réponses ou anonymat).",
  cta: "Ouvrir le rapport mensuel",
  footer:
    "Vous recevez cet e-mail parce que vous l'avez demandé dans Symétrie ({organisation}). Pour ne plus le recevoir : Mon compte, {account}.",
  organisation: "l'organisation {organisation}",
  team: "l'équipe {team}",
  // « Mon compte »
  title: "Rapport mensuel par e-mail",
  lead: "Le 1er de chaque mois, vos chiffres du mois écoulé (NPS, eNPS, écart) et le lien vers le rapport imprimable.",
  label: "Recevoir le rapport mensuel par e-mail",
  save: "Enregistrer",
  savedOn: "C'est noté : le premier e-mail arrivera le 1er du mois prochain.",
  savedOff: "Vous ne recevrez plus le rapport mensuel par e-mail.",
  invalid: "Ce choix n'a pas pu être enregistré.",
};
