// French messages of the "followUps" namespace (see lib/i18n/messages/fr.ts): closed-loop
// follow-up of detractor customers.
export const followUps = {
  title: "Clients à rappeler",
  intro: "Les clients détracteurs (note de 0 à 6) de votre périmètre, du plus récent au plus ancien.",
  empty: "Aucun client à rappeler pour le moment.",
  emptyHint: "Chaque réponse de 0 à 6 apparaîtra ici pour que l'équipe puisse rappeler le client.",
  caption: "Suivis ouverts et en cours",
  score: "Note",
  comment: "Commentaire",
  noComment: "Pas de commentaire",
  team: "Équipe",
  date: "Date",
  status: "Statut",
  action: "Action",
  OPEN: "À traiter",
  IN_PROGRESS: "En cours",
  CLOSED: "Clôturé",
  markInProgress: "Prendre en charge",
  markClosed: "Clôturer",
  updated: "Le suivi a été mis à jour.",
  notFound: "Ce suivi n'existe pas ou ne fait pas partie de votre périmètre.",
  invalid: "La demande n'est pas valable.",
} as const;
