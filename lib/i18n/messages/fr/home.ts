// French messages of the "home" namespace: the employee's home (issue 19 §5), their pulses to
// answer and the published employee results of their team and organisation.
export const home = {
  title: "Accueil",
  lead: "Vos baromètres à remplir et les résultats publiés de votre équipe.",
  pulsesTitle: "Baromètres à remplir",
  pulsesEmpty: "Aucun baromètre à remplir pour l'instant.",
  pulsesEmptyHint: "Vous recevrez une invitation par e-mail à l'ouverture du prochain.",
  answered: "Merci, vous avez répondu.",
  answer: "Répondre",
  closesOn: "Ouvert jusqu'au {date}",
  allPulses: "Tous mes baromètres",
  resultsTitle: "Résultats publiés",
  team: "Mon équipe : {name}",
  organisation: "Toute l'organisation",
  olderMonth: "Dernier mois publié avec des réponses : {month}",
  noResultsYet: "Pas encore de résultat publié.",
  since: "{delta} depuis {month}",
  sinceSignificant: "{delta} depuis {month} (évolution significative)",
  empty: "Aucun résultat collaborateur publié pour l'instant.",
  emptyHint:
    "Les réponses de {openMonth} seront publiées le {date}, si au moins {k} personnes ont répondu (pour que personne ne puisse être reconnu).",
  trendCaption: "eNPS collaborateur par mois publié (n = nombre de réponses)",
  month: "Mois",
  notApplicable: "—",
  teamDetail: "Voir le détail de mon équipe",
} as const;
