// English messages of the "home" namespace: same keys as fr/home.ts.
import type { Messages } from "../../messages";

export const home: Messages["home"] = {
  title: "Home",
  lead: "Your pulses to answer and your team's published results.",
  pulsesTitle: "Pulses to answer",
  pulsesEmpty: "No pulse to answer at the moment.",
  pulsesEmptyHint: "You will get an email invitation when the next one opens.",
  answered: "Thank you, you have answered.",
  answer: "Answer",
  closesOn: "Open until {date}",
  allPulses: "All my pulses",
  resultsTitle: "Published results",
  team: "My team: {name}",
  organisation: "The whole organisation",
  olderMonth: "Last published month with answers: {month}",
  noResultsYet: "No published result yet.",
  since: "{delta} since {month}",
  sinceSignificant: "{delta} since {month} (a significant change)",
  empty: "No employee results published yet.",
  emptyHint: "The answers of {openMonth} will be published on {date}, if at least {k} people answered (so that nobody can be recognised).",
  trendCaption: "Employee eNPS per published month (n = number of answers)",
  month: "Month",
  notApplicable: "—",
  teamDetail: "See my team's details",
};
