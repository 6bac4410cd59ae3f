// Fragments the demo's free-text answers are composed from (scripts/db/seed/verbatims.ts): an
// optional opening, one remark on a theme, an optional closing. Placeholders in braces are filled
// from SLOTS, so a few dozen fragments give thousands of distinct, plausible comments.
import type { Bucket } from "./verbatims";

/** One side and score bucket: openings and closings may be empty (""), themes hold the remarks. */
export type Bank = { openings: readonly string[]; themes: Readonly<Record<string, readonly string[]>>; closings: readonly string[] };

export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  objet: [
    "ma suspension",
    "mon lampadaire",
    "mes appliques",
    "ma lampe de chevet",
    "mon plafonnier",
    "ma guirlande",
    "mon abat-jour",
    "mes spots",
  ],
  item: ["my pendant lamp", "my floor lamp", "my wall lights", "my bedside lamp", "my ceiling light", "my lampshade"],
  attente: ["vingt minutes", "une demi-heure", "trois quarts d’heure", "plus d’une heure", "vingt-cinq minutes"],
  delai: ["une semaine", "dix jours", "quinze jours", "trois semaines", "un mois"],
  wait: ["twenty minutes", "half an hour", "over an hour"],
  delay: ["a week", "ten days", "two weeks", "three weeks"],
  jour: ["le samedi", "le lundi matin", "en fin de journée", "pendant les soldes", "à l’approche de Noël"],
  outil: ["le logiciel de caisse", "l’outil de suivi des commandes", "la messagerie interne", "le CRM", "l’intranet"],
};

export const CUSTOMER_FR: Record<Bucket, Bank> = {
  promoter: {
    openings: [
      "",
      "Très bonne expérience.",
      "Bravo !",
      "Parfait.",
      "Rien à redire.",
      "Je suis ravie.",
      "Top.",
      "Impeccable.",
      "Enfin un service client qui répond !",
      "Très satisfait.",
      "Que du positif.",
    ],
    themes: {
      conseil: [
        "Conseillère très à l’écoute, elle m’a aidé à choisir {objet}.",
        "Vendeur passionné qui a pris le temps de tout m’expliquer sur {objet}.",
        "De très bons conseils pour {objet}, sans chercher à me vendre plus cher.",
        "On m’a proposé plusieurs modèles pour {objet} et j’ai trouvé mon bonheur.",
      ],
      rappel: [
        "On m’a rappelé comme promis, c’est devenu rare !",
        "Ma demande a été réglée en un seul appel.",
        "Réponse claire en moins de {attente}, merci.",
        "Le service client a suivi mon dossier jusqu’au bout.",
      ],
      livraison: [
        "Livreur ponctuel et soigneux, il a même installé {objet}.",
        "Livraison de {objet} dans le créneau annoncé, avec un SMS la veille.",
        "Livré en avance et emballage impeccable pour {objet}.",
      ],
      sav: [
        "Échange de {objet} sans aucune difficulté malgré le défaut.",
        "Remboursement reçu en quelques jours pour {objet}.",
        "Le technicien est passé à l’heure et tout fonctionne.",
      ],
    },
    closings: [
      "",
      "Je recommande Maison Lumière à mes proches.",
      "Merci à toute l’équipe !",
      "Je reviendrai.",
      "Continuez comme ça.",
      "Un vrai plaisir.",
      "5 étoiles.",
      "Je n’hésiterai pas à revenir.",
      "Encore merci.",
      "Bravo à la conseillère.",
    ],
  },
  passive: {
    openings: [
      "",
      "Correct dans l’ensemble.",
      "Plutôt bien.",
      "Service correct.",
      "Bien, sans plus.",
      "Globalement satisfait.",
      "Moyen.",
      "Pas mal.",
      "Ça va.",
      "Rien d’exceptionnel.",
    ],
    themes: {
      attente: [
        "Un peu d’attente au téléphone, environ {attente}.",
        "Il a fallu patienter {attente} en magasin avant d’être servi.",
        "La réponse est arrivée, mais après {delai}.",
      ],
      stock: [
        "Bon conseil, mais {objet} n’était pas en stock.",
        "Il a fallu commander {objet}, compter {delai} de plus.",
        "Le modèle voulu pour {objet} n’existait plus qu’en exposition.",
      ],
      suivi: [
        "Le problème avec {objet} est réglé, il a fallu relancer une fois.",
        "Réponse juste, mais j’ai dû répéter ma demande deux fois.",
        "Livraison à l’heure, mais personne ne m’a prévenu du créneau.",
        "Le suivi de commande en ligne n’était pas à jour.",
      ],
    },
    closings: [
      "",
      "Peut mieux faire.",
      "À améliorer.",
      "Je reviendrai sans doute.",
      "Des progrès possibles sur le suivi.",
      "Rien de grave.",
      "Dommage.",
      "Le conseil en magasin reste bon.",
      "Le produit me plaît quand même.",
      "Un peu long.",
    ],
  },
  detractor: {
    openings: [
      "",
      "Très déçu.",
      "Franchement décevant.",
      "Pas satisfait du tout.",
      "Expérience pénible.",
      "Inadmissible.",
      "Quelle galère.",
      "Lamentable.",
      "Je suis très mécontent.",
      "Service client à revoir.",
    ],
    themes: {
      renvoi: [
        "Trois appels et toujours pas de solution, on me renvoie d’un service à l’autre.",
        "Chaque interlocuteur me redemande tout depuis le début.",
        "Informations contradictoires entre le magasin et le service client.",
      ],
      livraison: [
        "Livraison de {objet} en retard de {delai} et personne pour me prévenir.",
        "Colis de {objet} arrivé abîmé, il a fallu tout renvoyer.",
        "Créneau de livraison pour {objet} annulé la veille sans explication.",
      ],
      rappel: [
        "Personne ne m’a rappelé alors qu’on me l’avait promis.",
        "{attente} d’attente avant d’avoir quelqu’un au téléphone.",
        "J’ai laissé trois messages, aucune réponse depuis {delai}.",
      ],
      sav: [
        "Le technicien n’est jamais venu pour {objet} et je n’ai eu aucune nouvelle.",
        "Remboursement de {objet} promis il y a {delai}, toujours rien.",
        "On refuse l’échange de {objet} alors que tout est sous garantie.",
      ],
      accueil: [
        "Accueil froid en magasin, j’ai eu l’impression de déranger.",
        "Aucun vendeur disponible {jour}, je suis reparti sans rien.",
        "Le vendeur n’a pas su me renseigner sur {objet} et n’a pas cherché à savoir.",
      ],
    },
    closings: [
      "",
      "Je ne recommanderai pas.",
      "Dommage, les produits sont beaux.",
      "J’attends toujours une réponse.",
      "Je vais réfléchir avant de revenir.",
      "Il faut revoir l’organisation.",
      "Je vais passer par la concurrence.",
      "Très déçu de la marque.",
      "Merci de me recontacter.",
    ],
  },
};

export const CUSTOMER_EN: Record<Bucket, Bank> = {
  promoter: {
    openings: ["", "Great experience.", "Spot on.", "Brilliant."],
    themes: {
      advice: [
        "Very helpful advisor who helped me choose {item}.",
        "Staff who really know their products.",
        "Sorted in one call, thank you.",
      ],
      delivery: ["{item} delivered on time and the driver was very careful.", "Delivered early and perfectly packed."],
    },
    closings: ["", "Highly recommended.", "Thanks to the whole team!", "I will be back."],
  },
  passive: {
    openings: ["", "Fine overall.", "Decent service.", "Not bad."],
    themes: {
      wait: ["I had to wait {wait} on the phone.", "The answer came, but after {delay}."],
      stock: ["Good advice, but {item} was out of stock.", "I had to order {item} and wait {delay} more."],
    },
    closings: ["", "Could be better.", "Room for improvement.", "I might come back."],
  },
  detractor: {
    openings: ["", "Very disappointed.", "Frustrating.", "Not good enough."],
    themes: {
      handoff: ["I was passed from one department to another and nobody solved anything.", "Every person asked me to start again."],
      delivery: ["Delivery of {item} {delay} late with no update at all.", "{item} arrived damaged and had to go back."],
      callback: ["Nobody called me back as promised.", "{wait} on hold before anyone answered."],
    },
    closings: ["", "I would not recommend.", "Still waiting for an answer.", "Shame, the products are lovely."],
  },
};

export const EMPLOYEE_FR: Record<Bucket, Bank> = {
  promoter: {
    openings: [
      "",
      "Franchement, ça va bien.",
      "Très content de mon équipe.",
      "Belle année.",
      "Rien à signaler de négatif.",
      "Bonne dynamique.",
      "Ça s’améliore nettement.",
    ],
    themes: {
      equipe: [
        "Super ambiance d’équipe et un manager qui nous fait confiance.",
        "Bonne entraide entre collègues, même {jour}.",
        "Les nouveaux sont bien accueillis et vite autonomes.",
      ],
      autonomie: [
        "On a enfin la main pour régler les dossiers clients nous-mêmes.",
        "Pouvoir faire un geste commercial sans validation change tout.",
        "Mon responsable me laisse organiser mes rappels clients.",
      ],
      sens: [
        "Je me sens utile et reconnu, les clients le ressentent.",
        "Les formations produits sont vraiment utiles au quotidien.",
        "Les retours des clients sont partagés en réunion, ça motive.",
      ],
    },
    closings: [
      "",
      "Pourvu que ça dure.",
      "Merci à l’équipe.",
      "On est sur la bonne voie.",
      "Je recommande l’entreprise autour de moi.",
      "Continuons comme ça.",
      "Je me vois rester.",
    ],
  },
  passive: {
    openings: ["", "Correct.", "Ça dépend des semaines.", "Mitigé.", "Des hauts et des bas.", "Bof.", "Pas mal de choses à revoir."],
    themes: {
      outils: [
        "Bonne équipe, mais {outil} nous fait perdre du temps.",
        "{outil} plante encore trop souvent.",
        "On jongle entre trop d’outils pour un seul client.",
      ],
      plannings: [
        "Le travail a du sens, les plannings beaucoup moins.",
        "Plannings connus trop tard, surtout {jour}.",
        "Difficile de poser des congés {jour}.",
      ],
      decisions: [
        "On manque de visibilité sur les décisions de la direction.",
        "Des progrès ces derniers mois, il faut continuer.",
        "Les changements de process arrivent sans qu’on sache pourquoi.",
      ],
    },
    closings: [
      "",
      "À suivre.",
      "Il reste du travail.",
      "On attend de voir.",
      "Ça pourrait être mieux.",
      "L’équipe reste soudée.",
      "Heureusement les collègues sont là.",
    ],
  },
  detractor: {
    openings: [
      "",
      "Ras-le-bol.",
      "Fatigué.",
      "L’ambiance se dégrade.",
      "On n’en peut plus.",
      "C’est de pire en pire.",
      "Honnêtement, c’est dur.",
    ],
    themes: {
      outils: [
        "{outil} rame toute la journée et les clients attendent.",
        "On perd un temps fou avec {outil}.",
        "{outil} ne montre pas l’historique du client, on repart de zéro à chaque appel.",
      ],
      autonomie: [
        "On doit tout faire valider, impossible de rendre service au client.",
        "Aucune marge pour un geste commercial, même pour un retard de {delai}.",
        "Chaque exception remonte au responsable, le client attend.",
      ],
      charge: [
        "Pas le temps de rappeler les clients, on enchaîne les appels.",
        "Sous-effectif permanent {jour}, l’équipe est épuisée.",
        "Les absences ne sont jamais remplacées.",
      ],
      reconnaissance: [
        "Beaucoup d’efforts et jamais un merci.",
        "Les consignes changent chaque semaine sans explication.",
        "On apprend les décisions par les clients.",
      ],
    },
    closings: [
      "",
      "Plusieurs collègues cherchent ailleurs.",
      "Il faut que ça change.",
      "Personne ne nous écoute.",
      "Je ne sais pas combien de temps je tiendrai.",
      "La direction doit réagir.",
      "On le dit depuis des mois.",
    ],
  },
};

/** Suggestions (one theme each, same shape): what staff would change. */
export const EMPLOYEE_SUGGESTION_FR: Bank = {
  openings: ["", "Idée :", "Proposition :", "Ce serait bien :", "Suggestion :", "Pourquoi pas :"],
  themes: {
    autonomie: ["Pouvoir accorder un geste commercial sans passer par le responsable.", "Un plafond de geste commercial par conseiller."],
    outils: ["Un seul outil avec tout l’historique du client.", "Remplacer {outil} par quelque chose qui marche."],
    rappels: ["Un créneau protégé chaque jour pour rappeler les clients.", "Une file de rappels partagée dans l’équipe."],
    equipe: [
      "Renforcer l’équipe {jour}.",
      "Des binômes pour former les nouveaux arrivants.",
      "Un point mensuel entre le magasin et le service client.",
    ],
    sens: [
      "Expliquer en réunion d’équipe le pourquoi des changements de process.",
      "Partager les retours positifs des clients avec toute l’équipe.",
    ],
  },
  closings: [
    "",
    "Merci d’avance.",
    "Ça changerait beaucoup de choses.",
    "On en parle depuis longtemps.",
    "Les clients le verraient.",
    "Simple à mettre en place.",
  ],
};

/** The rare "other" irritant a respondent types instead of ticking one. */
export const OTHER_IRRITANTS = {
  customerFr: [
    "Impossible de se garer près du magasin {jour}.",
    "Le site affichait {objet} en stock alors qu’il ne l’était pas.",
    "Magasin fermé plus tôt qu’annoncé {jour}.",
    "Facture de {objet} envoyée avec une erreur d’adresse.",
    "Notice de montage de {objet} introuvable.",
    "Pièce manquante dans le carton de {objet}.",
    "Prix de {objet} différent entre le site et le magasin.",
    "Caisse unique ouverte {jour}, {attente} de queue.",
    "Hotline injoignable {jour}.",
    "Le code promo ne marchait pas pour {objet}.",
  ],
  customerEn: [
    "Parking was full.",
    "The website showed {item} in stock but it was not.",
    "The store closed earlier than advertised.",
    "A part of {item} was missing.",
    "Price of {item} differed online and in store.",
  ],
  employee: [
    "Le parking du personnel est trop loin du magasin.",
    "La salle de pause est trop petite {jour}.",
    "Pas de chauffage dans la réserve {jour}.",
    "Les badges ne marchent qu’une fois sur deux {jour}.",
    "{outil} se déconnecte sans arrêt.",
    "Les casques téléphoniques sont usés, on entend mal les clients.",
    "Trop de réunions {jour}.",
    "Les mots de passe de {outil} expirent chaque mois.",
  ],
} as const;
