// The further subtrees a manager manages (person page, issue 12 §3).
export const managedTeams = {
  title: "Équipes managées en plus",
  lead: "Un manager voit et suit son équipe et tout ce qui est en dessous. Ajoutez ici d'autres équipes ou services qu'il manage : il les verra aussi, avec leurs sous-équipes.",
  own: "Sa propre équipe : {team}",
  noOwn: "Aucune équipe de rattachement.",
  none: "Aucune autre équipe.",
  archived: "archivée",
  add: "Ajouter",
  team: "Équipe ou service",
  remove: "Retirer",
  removeLabel: "Retirer {team}",
  added: "Équipe ajoutée à ce que la personne manage.",
  removed: "Équipe retirée.",
  notManager: "Seul un manager manage des équipes en plus : donnez-lui d'abord le rôle de manager.",
  archivedRefused: "Cette équipe est archivée : choisissez une équipe active.",
  covered: "Cette équipe fait déjà partie de ce que la personne manage.",
  onlyManagers: "Le rôle de manager permet de suivre plusieurs équipes ou services.",
};
