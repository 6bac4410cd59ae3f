// English messages of the "followUps" namespace: same keys as fr/followUps.ts.
import type { Messages } from "../../messages";

export const followUps: Messages["followUps"] = {
  title: "Customers to call back",
  intro: "Detractor customers (score 0 to 6) in your scope, most recent first.",
  empty: "No customer to call back for now.",
  emptyHint: "Every answer from 0 to 6 will appear here so the team can call the customer back.",
  caption: "Open and in-progress follow-ups",
  score: "Score",
  comment: "Comment",
  noComment: "No comment",
  team: "Team",
  date: "Date",
  status: "Status",
  action: "Action",
  OPEN: "To do",
  IN_PROGRESS: "In progress",
  CLOSED: "Closed",
  markInProgress: "Take it on",
  markClosed: "Close",
  updated: "The follow-up has been updated.",
  notFound: "This follow-up does not exist or is outside your scope.",
  invalid: "The request is not valid.",
};
