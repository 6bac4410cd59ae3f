// The mirrored theme view (issue 15 §2): team page, overview and monthly report.
import type { themeView as fr } from "../fr/themeView";

export const themeView: typeof fr = {
  title: "Comment themes",
  lead: "What customers' and employees' comments are about, each theme beside its mirror (“waiting” ↔ “slow tools”): how many mention it, and the share of detractors and promoters among them. Click a theme to read its comments on both sides.",
  employeeRule:
    "On the employee side, only comments from team × month groups of at least {k} people count, and shares are given from {k} comments on.",
  caption: "Mirrored themes: customer and employee comments",
  customerTheme: "Customer theme",
  employeeTheme: "Employee theme",
  comments: "Comments",
  detractors: "% detractors",
  promoters: "% promoters",
  balance: "Customers ↔ employees",
  barLabel: "{customer} customer comments, {employee} employee comments",
  noMirror: "no mirrored theme",
  withheld: "hidden (fewer than {k})",
  empty: "No comment matches a theme in this period yet.",
  loading: "Loading comment themes…",
  trendSummary: "Month by month",
  trendCaption: "Comments per theme and month (customers / employees)",
  month: "Theme",
  allComments: "Read all comments",
  reportTitle: "Top comment themes",
  reportEmpty: "No comment of this month matches a theme.",
};
