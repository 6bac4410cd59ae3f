// French messages of the "mail" namespace (see lib/i18n/messages/fr.ts).
export const mail = {
  surveyLink: {
    subject: "{organisation} : votre avis en 20 secondes",
    greeting: "Bonjour,",
    intro: "Vous avez récemment été en contact avec {organisation}. Comment cela s'est-il passé ?",
    why: "Votre réponse aide l'équipe qui s'est occupée de vous à s'améliorer ; elle prend une vingtaine de secondes, sans compte à créer.",
    cta: "Donner mon avis",
    linkLine: "Pour répondre : {url}",
    linkFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    expires: "Ce lien vous est personnel et reste valable jusqu'au {date}.",
    footer:
      "Vous recevez ce message à la suite de votre échange avec {organisation}. Si vous ne souhaitez pas répondre, ignorez-le simplement : vous ne recevrez pas de relance.",
  },
} as const;
