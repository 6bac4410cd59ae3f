// French messages: the reference catalogue. English (en.ts) must have exactly the same keys
// (checked by the type Messages and by tests/unit/i18n.test.ts). Large features keep their
// namespace in its own file under fr/ (and en/), so parallel work does not collide here.
import { account } from "./fr/account";
import { organisation } from "./fr/organisation";
import { apiKeys } from "./fr/apiKeys";
import { scimTokens } from "./fr/scimTokens";
import { sso } from "./fr/sso";
import { contacts } from "./fr/contacts";
import { followUps } from "./fr/followUps";
import { mail } from "./fr/mail";
import { wording } from "./fr/wording";
import { symmetry } from "./fr/symmetry";
import { overview } from "./fr/overview";
import { pulses } from "./fr/pulses";
import { settings } from "./fr/settings";
import { survey } from "./fr/survey";
import { home } from "./fr/home";
import { webhooks } from "./fr/webhooks";
import { signInLimit } from "./fr/signInLimit";
import { audit } from "./fr/audit";
import { managedTeams } from "./fr/managedTeams";
import { followUpAlerts } from "./fr/followUpAlerts";
import { monthlyEmail } from "./fr/monthlyEmail";
import { kpiCorrelations } from "./fr/kpiCorrelations";
import { themeView } from "./fr/themeView";
import { directorySync } from "./fr/directorySync";
import { qrCatalogue } from "./fr/qrCatalogue";
import { catalogueMoments } from "./fr/catalogueMoments";
import { catalogue } from "./fr/catalogue";
import { actionPages } from "./fr/actions";
import { actionErrors } from "./fr/actionErrors";
import { beforeAfter } from "./fr/beforeAfter";
import { followUpDetail } from "./fr/followUpDetail";
import { irritantStates } from "./fr/irritantStates";
import { budget } from "./fr/budget";
import { kpis } from "./fr/kpis";
import { reports } from "./fr/reports";
import { comments } from "./fr/comments";

export const fr = {
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
    tagline: "Mesurez l'expérience client et l'expérience collaborateur avec le même instrument, équipe par équipe.",
  },
  common: {
    skipToContent: "Aller au contenu",
    language: "Langue",
    switchTo: "English",
    notApplicable: "—",
    answers: "{n} réponses",
    oneAnswer: "1 réponse",
    back: "Retour",
  },
  auth: {
    signInTitle: "Connexion",
    signInIntro: "Connectez-vous avec votre adresse professionnelle.",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    invalid: "Adresse e-mail ou mot de passe incorrect.",
    invalidInput: "Saisissez une adresse e-mail valide et votre mot de passe.",
    signOut: "Se déconnecter",
    signOutTitle: "Déconnexion",
    signOutConfirm: "Voulez-vous vous déconnecter ?",
    signedOut: "Vous êtes déconnecté.",
    demoHint: "Démo : admin@demo.symetrie.fr, rh@, cx@, manager@, employe@ — mot de passe « symetrie-demo ».",
  },
  nav: {
    main: "Navigation principale",
    home: "Accueil",
    dashboard: "Tableau de bord",
    teams: "Équipes",
    pulses: "Mes baromètres",
    "pulses/manage": "Baromètres",
    actions: "Actions",
    "follow-ups": "Clients à rappeler",
    contacts: "Contacts",
    organisation: "Organisation",
    "organisation/audit": "Journal d'audit",
    catalogue: "Catalogue",
    settings: "Paramètres",
    signedInAs: "Connecté en tant que {name}",
    menu: "Menu",
  },
  roles: {
    ADMIN: "Administrateur",
    HR: "Responsable RH",
    CX: "Responsable expérience client",
    MANAGER: "Manager",
    EMPLOYEE: "Collaborateur",
  },
  teamKinds: {
    DIRECTION: "Direction",
    SERVICE: "Service",
    TEAM: "Équipe",
  },
  dashboard: {
    title: "Tableau de bord miroir",
    intro: "NPS client et eNPS collaborateur de chaque équipe, côte à côte, depuis le début des mesures.",
    introManager: "NPS client et eNPS collaborateur des équipes de votre périmètre.",
    introEmployee: "Les résultats publiés de votre équipe.",
    tableCaption: "Scores par équipe (chaque ligne agrège l'équipe et ses sous-équipes)",
    team: "Équipe",
    kind: "Niveau",
    nps: "NPS client",
    enps: "eNPS collaborateur",
    gap: "Écart (eNPS − NPS)",
    interval: "IC 95 % [{low} ; {high}]",
    // One wording for "too few here" and "protecting a neighbour": telling them apart would
    // give counts away (HiddenReason in lib/symmetry/symmetry-types.ts).
    suppressed: "Masqué pour l'anonymat (moins de {k} personnes ici ou dans une équipe proche)",
    suppressedShort: "masqué pour l'anonymat",
    excludedMonths: "Sans {months} : masqué pour l'anonymat (moins de {k} personnes ici ou dans une équipe proche)",
    noAnswers: "Pas encore de réponse",
    empty: "Aucune équipe à afficher pour l'instant.",
    emptyHint: "Les équipes apparaîtront ici dès qu'un administrateur les aura créées.",
    anonymityNote:
      "Règle d'anonymat : aucun résultat collaborateur n'est affiché pour un groupe de moins de {k} personnes, ni ce qui permettrait de le déduire. Chaque mois est jugé seul : un mois où l'équipe elle-même ou une équipe proche (parente, sœur, sous-équipe) comptait moins de {k} personnes est laissé de côté, et le chiffre de l'équipe le dit (« Sans décembre 2026 »). Une équipe est masquée quand il ne reste aucun mois. Nous ne disons pas si c'est elle ou une voisine, car cela permettrait de déduire les nombres.",
    releaseNote:
      "Résultats collaborateurs publiés jusqu'à {lastMonth} inclus. Les réponses de {openMonth} restent scellées jusqu'à la fin du mois : publication le {date}.",
  },
  team: {
    title: "Équipe {name}",
    memberCount: "{n} collaborateurs dans l'équipe et ses sous-équipes",
    scores: "Scores",
  },
  pulses,
  settings,
  webhooks,
  /** Sentences of the server-action wrapper (lib/http/server-action.ts), by error code. */
  actions: {
    CROSS_SITE: "Ce formulaire doit être envoyé depuis Symétrie : rechargez la page et réessayez.",
    UNAUTHENTICATED: "Votre session a expiré : reconnectez-vous, puis réessayez.",
    INVALID_INPUT: "Certains champs ne sont pas valides : corrigez-les, puis réessayez.",
    NOT_FOUND: "Cet élément n'existe pas (ou plus), ou vous n'y avez pas accès.",
    CONFLICT: "Cette opération n'est plus possible dans l'état actuel : rechargez la page.",
    GONE: "Cet élément n'est plus disponible.",
    RATE_LIMITED: "Trop de tentatives : patientez un peu, puis réessayez.",
    UNEXPECTED: "Une erreur est survenue de notre côté. Réessayez ; si le problème persiste, contactez votre administrateur.",
    invalidField: "Cette valeur n'est pas valide.",
  },
  errors: {
    notFoundTitle: "Page introuvable",
    notFoundBody: "Cette page n'existe pas ou vous n'y avez pas accès.",
    forbiddenTitle: "Accès refusé",
    forbiddenBody: "Votre rôle ne donne pas accès à cette page.",
    genericTitle: "Une erreur est survenue",
    genericBody: "Nous n'avons pas pu afficher cette page. Réessayez ; si le problème persiste, contactez votre administrateur.",
    retry: "Réessayer",
    home: "Retour à l'accueil",
  },
} as const;
