// English messages: same keys as fr.ts, enforced by the Messages type.
import type { Messages } from "../messages";
import { account } from "./en/account";
import { organisation } from "./en/organisation";
import { apiKeys } from "./en/apiKeys";
import { scimTokens } from "./en/scimTokens";
import { sso } from "./en/sso";
import { contacts } from "./en/contacts";
import { followUps } from "./en/followUps";
import { mail } from "./en/mail";
import { wording } from "./en/wording";
import { symmetry } from "./en/symmetry";
import { overview } from "./en/overview";
import { pulses } from "./en/pulses";
import { settings } from "./en/settings";
import { survey } from "./en/survey";
import { home } from "./en/home";
import { webhooks } from "./en/webhooks";
import { signInLimit } from "./en/signInLimit";
import { audit } from "./en/audit";
import { managedTeams } from "./en/managedTeams";
import { followUpAlerts } from "./en/followUpAlerts";
import { monthlyEmail } from "./en/monthlyEmail";
import { kpiCorrelations } from "./en/kpiCorrelations";
import { themeView } from "./en/themeView";
import { directorySync } from "./en/directorySync";
import { qrCatalogue } from "./en/qrCatalogue";
import { catalogueMoments } from "./en/catalogueMoments";
import { catalogue } from "./en/catalogue";
import { actionPages } from "./en/actions";
import { actionErrors } from "./en/actionErrors";
import { beforeAfter } from "./en/beforeAfter";
import { followUpDetail } from "./en/followUpDetail";
import { irritantStates } from "./en/irritantStates";
import { budget } from "./en/budget";
import { kpis } from "./en/kpis";
import { reports } from "./en/reports";
import { comments } from "./en/comments";

export const en: Messages = {
  account,
  signInLimit,
  audit,
  managedTeams,
  followUpAlerts,
  monthlyEmail,
  kpiCorrelations,
  themeView,
  directorySync,
  qrCatalogue,
  catalogueMoments,
  catalogue,
  actionPages,
  actionErrors,
  beforeAfter,
  followUpDetail,
  irritantStates,
  budget,
  kpis,
  reports,
  comments,
  organisation,
  survey,
  home,
  symmetry,
  overview,
  apiKeys,
  scimTokens,
  sso,
  contacts,
  followUps,
  mail,
  wording,
  meta: {
    title: "Symétrie",
    tagline: "Measure customer experience and employee experience with the same instrument, team by team.",
  },
  common: {
    skipToContent: "Skip to content",
    language: "Language",
    switchTo: "Français",
    notApplicable: "—",
    answers: "{n} answers",
    oneAnswer: "1 answer",
    back: "Back",
  },
  auth: {
    signInTitle: "Sign in",
    signInIntro: "Sign in with your work email address.",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    invalid: "Incorrect email address or password.",
    invalidInput: "Enter a valid email address and your password.",
    signOut: "Sign out",
    signOutTitle: "Sign out",
    signOutConfirm: "Do you want to sign out?",
    signedOut: "You are signed out.",
    demoHint: 'Demo: admin@demo.symetrie.fr, rh@, cx@, manager@, employe@ — password "symetrie-demo".',
  },
  nav: {
    main: "Main navigation",
    home: "Home",
    dashboard: "Dashboard",
    teams: "Teams",
    pulses: "My pulses",
    "pulses/manage": "Pulse surveys",
    actions: "Actions",
    "follow-ups": "Customers to call back",
    contacts: "Contacts",
    organisation: "Organisation",
    "organisation/audit": "Audit log",
    catalogue: "Catalogue",
    settings: "Settings",
    signedInAs: "Signed in as {name}",
    menu: "Menu",
  },
  roles: {
    ADMIN: "Administrator",
    HR: "HR lead",
    CX: "Customer experience lead",
    MANAGER: "Manager",
    EMPLOYEE: "Employee",
  },
  teamKinds: {
    DIRECTION: "Division",
    SERVICE: "Department",
    TEAM: "Team",
  },
  dashboard: {
    title: "Mirrored dashboard",
    intro: "Customer NPS and employee eNPS of each team, side by side, since measurement began.",
    introManager: "Customer NPS and employee eNPS of the teams you manage.",
    introEmployee: "Your team's published results.",
    tableCaption: "Scores per team (each row rolls up the team and its sub-teams)",
    team: "Team",
    kind: "Level",
    nps: "Customer NPS",
    enps: "Employee eNPS",
    gap: "Gap (eNPS − NPS)",
    interval: "95% CI [{low}; {high}]",
    suppressed: "Hidden for anonymity (fewer than {k} people here or in a nearby team)",
    suppressedShort: "hidden for anonymity",
    excludedMonths: "Without {months}: hidden for anonymity (fewer than {k} people here or in a nearby team)",
    noAnswers: "No answers yet",
    empty: "No teams to show yet.",
    emptyHint: "Teams will appear here once an administrator has created them.",
    anonymityNote:
      "Anonymity rule: no employee result is shown for a group of fewer than {k} people, nor anything that would let you work it out. Each month is judged on its own: a month in which the team or a nearby team (parent, sibling, sub-team) had fewer than {k} people is left out, and the team's figure says so (“Without December 2026”). A team is hidden when no month is left. We do not say whether it was the team or a neighbour, because that would let you work out the numbers.",
    releaseNote:
      "Employee results are published up to {lastMonth}. Answers given in {openMonth} stay sealed until the month ends: published on {date}.",
  },
  team: {
    title: "Team {name}",
    memberCount: "{n} employees in the team and its sub-teams",
    scores: "Scores",
  },
  pulses,
  settings,
  webhooks,
  /** Sentences of the server-action wrapper (lib/http/server-action.ts), by error code. */
  actions: {
    CROSS_SITE: "This form must be sent from Symétrie: reload the page and try again.",
    UNAUTHENTICATED: "Your session has ended: sign in again, then retry.",
    INVALID_INPUT: "Some fields are not valid: correct them, then try again.",
    NOT_FOUND: "This item does not exist (any more), or you do not have access to it.",
    CONFLICT: "This is no longer possible in the current state: reload the page.",
    GONE: "This item is no longer available.",
    RATE_LIMITED: "Too many attempts: wait a little, then try again.",
    UNEXPECTED: "Something went wrong on our side. Try again; if it persists, contact your administrator.",
    invalidField: "This value is not valid.",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist or you do not have access to it.",
    forbiddenTitle: "Access denied",
    forbiddenBody: "Your role does not give access to this page.",
    genericTitle: "Something went wrong",
    genericBody: "We could not show this page. Please try again; if the problem persists, contact your administrator.",
    retry: "Try again",
    home: "Back to home",
  },
};
