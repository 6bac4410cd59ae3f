// The detractor alerts (issue 14 §4): the mails to managers and assignees, and the choice on "My account".
import type { followUpAlerts as fr } from "../fr/followUpAlerts";

export const followUpAlerts: typeof fr = {
  immediateSubject: "New detractor: {team} ({score}/10)",
  immediateBody:
    "A customer gave team {team} a score of {score}/10 ({moment}) on {date}. A follow-up is open: calling them back soon is how you learn what happened and put it right.",
  digestSubjectOne: "1 new detractor in your teams",
  digestSubjectMany: "{count} new detractors in your teams",
  digestIntro: "Since {date}, these customers gave a score of 0 to 6 in your teams. A follow-up is open for each:",
  digestLine: "{team}: {score}/10, {moment}, on {date}",
  digestMore: "… and {count} more in the follow-ups list.",
  overdueSubject: "Overdue follow-up: {team} ({score}/10)",
  overdueAssignee: "The follow-up assigned to you (team {team}, score {score}/10, {moment}) was due by {due}. It is not closed.",
  overdueManagers:
    "A follow-up of team {team} (score {score}/10, {moment}) was due by {due}. Nobody is assigned to it and it is not closed.",
  ctaOne: "Open the follow-up",
  ctaList: "See the follow-ups",
  footer:
    "You receive this email because you manage this team in Symétrie ({organisation}). An alert each time, a daily summary or no email: choose in My account, {account}.",
  footerAssignee: "You receive this email because this follow-up is assigned to you in Symétrie ({organisation}).",
  title: "Detractor alerts",
  lead: "When a customer of your teams gives a score of 0 to 6, a follow-up opens. How do you want to hear of it?",
  immediate: "An email for each new detractor",
  daily: "One summary a day (around 7 am)",
  off: "No email (I check the follow-ups list)",
  overdueNote: "Overdue follow-ups assigned to nobody are reminded to you once, unless you choose “no email”.",
  save: "Save",
  saved: "Your choice is saved.",
  invalid: "Choose one of the three options.",
};
