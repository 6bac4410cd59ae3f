// The monthly email of headline figures (issue 15 §3), and its opt-in on "My account".
import type { monthlyEmail as fr } from "../fr/monthlyEmail";

export const monthlyEmail: typeof fr = {
  subject: "Your figures for {month}: {scope}",
  intro: "Here are the figures of {month} for {scope}, as the dashboard shows them.",
  nps: "Customer NPS: {value} (n = {n})",
  npsTooFew: "Customer NPS: too few answers (n = {n})",
  enps: "Employee eNPS: {value} (n = {n})",
  npsNone: "Customer NPS: no answer this month",
  enpsNone: "Employee eNPS: no figure this month (too few answers, or hidden for anonymity)",
  gap: "Gap eNPS − NPS: {value}",
  change: "{delta} from the previous month",
  changeSignificant: "{delta} from the previous month (significant)",
  noFigures: "The dashboard shows no figures for this month (too few answers, or anonymity).",
  cta: "Open the monthly report",
  footer: "You receive this email because you asked for it in Symétrie ({organisation}). To stop it: My account, {account}.",
  organisation: "the organisation {organisation}",
  team: "team {team}",
  title: "Monthly report by email",
  lead: "On the 1st of each month, your figures of the month just ended (NPS, eNPS, gap) and the link to the printable report.",
  label: "Receive the monthly report by email",
  save: "Save",
  savedOn: "Noted: the first email will come on the 1st of next month.",
  savedOff: "You will no longer receive the monthly report by email.",
  invalid: "This choice could not be saved.",
};
