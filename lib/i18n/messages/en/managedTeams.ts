// The further subtrees a manager manages (person page, issue 12 §3).
import type { managedTeams as fr } from "../fr/managedTeams";

export const managedTeams: typeof fr = {
  title: "Further teams managed",
  lead: "A manager sees and follows their own team and everything below it. Add here other teams or services they manage: they will see those too, with their sub-teams.",
  own: "Their own team: {team}",
  noOwn: "No team of their own.",
  none: "No other team.",
  archived: "archived",
  add: "Add",
  team: "Team or service",
  remove: "Remove",
  removeLabel: "Remove {team}",
  added: "Team added to what this person manages.",
  removed: "Team removed.",
  notManager: "Only a manager manages further teams: give them the manager role first.",
  archivedRefused: "This team is archived: choose an active team.",
  covered: "This team is already part of what this person manages.",
  onlyManagers: "The manager role can follow several teams or services.",
};
