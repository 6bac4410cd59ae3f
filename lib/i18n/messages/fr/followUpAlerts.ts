// The detractor alerts (issue 14 §4): the mails to managers and assignees, and the choice on « Mon compte ».
export const followUpAlerts = {
  immediateSubject: "Nouveau détracteur : {team} ({score}/10)",
  immediateBody:
    "Un client a donné la note de {score}/10 à l'équipe {team} ({moment}) le {date}. Un suivi est ouvert : le rappeler vite, c'est comprendre ce qui s'est passé et réparer.",
  digestSubjectOne: "1 nouveau détracteur dans vos équipes",
  digestSubjectMany: "{count} nouveaux détracteurs dans vos équipes",
  digestIntro: "Depuis le {date}, ces clients ont donné une note de 0 à 6 dans vos équipes. Un suivi est ouvert pour chacun :",
  digestLine: "{team} : {score}/10, {moment}, le {date}",
  digestMore: "… et {count} autres dans la liste des suivis.",
  overdueSubject: "Suivi en retard : {team} ({score}/10)",
  overdueAssignee:
    "Le suivi qui vous est confié (équipe {team}, note {score}/10, {moment}) devait être traité au plus tard le {due}. Il n'est pas clos.",
  overdueManagers:
    "Un suivi de l'équipe {team} (note {score}/10, {moment}) devait être traité au plus tard le {due}. Personne n'en est chargé et il n'est pas clos.",
  ctaOne: "Ouvrir le suivi",
  ctaList: "Voir les suivis",
  footer:
    "Vous recevez cet e-mail parce que vous managez cette équipe dans Symétrie ({organisation}). Alerte immédiate, résumé quotidien ou aucun e-mail : à choisir dans Mon compte, {account}.",
  footerAssignee: "Vous recevez cet e-mail parce que ce suivi vous est confié dans Symétrie ({organisation}).",
  // « Mon compte »
  title: "Alertes détracteurs",
  lead: "Quand un client de vos équipes donne une note de 0 à 6, un suivi est ouvert. Comment voulez-vous en être prévenu ?",
  immediate: "Un e-mail à chaque nouveau détracteur",
  daily: "Un résumé par jour (vers 7 h)",
  off: "Aucun e-mail (je consulte la liste des suivis)",
  overdueNote: "Les suivis en retard qui ne sont confiés à personne vous sont rappelés une fois, sauf si vous choisissez « aucun e-mail ».",
  save: "Enregistrer",
  saved: "Votre choix est enregistré.",
  invalid: "Choisissez l'une des trois options.",
};
