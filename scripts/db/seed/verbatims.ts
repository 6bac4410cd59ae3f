// Free-text answers for the demo, by side and by score bucket (promoter, passive,
// detractor), in the voice of Maison Lumière's customers and staff.
export type Bucket = "promoter" | "passive" | "detractor";

export function bucketOf(score: number): Bucket {
  return score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";
}

export const CUSTOMER_COMMENTS_FR: Record<Bucket, readonly string[]> = {
  promoter: [
    "Conseillère très à l’écoute, ma demande a été réglée en un seul appel.",
    "Accueil chaleureux et de très bons conseils pour choisir mes luminaires.",
    "Livreur ponctuel et soigneux, il a même installé la suspension.",
    "Rapide, clair, efficace. Rien à redire.",
    "On m’a rappelé comme promis, c’est devenu rare !",
    "Vendeur passionné qui a pris le temps de tout m’expliquer.",
    "Échange du produit défectueux sans aucune difficulté.",
    "Très bonne expérience, je recommande Maison Lumière à mes proches.",
  ],
  passive: [
    "Correct dans l’ensemble, mais un peu d’attente au téléphone.",
    "Bon conseil, mais le produit n’était pas en stock.",
    "Le problème est réglé, il a fallu relancer une fois.",
    "Service correct, sans plus.",
    "Livraison à l’heure, mais personne ne m’a prévenu du créneau.",
    "Réponse juste, mais j’ai dû répéter ma demande deux fois.",
  ],
  detractor: [
    "Trois appels et toujours pas de solution, on me renvoie d’un service à l’autre.",
    "Livraison en retard d’une semaine et personne pour me prévenir.",
    "Personne ne m’a rappelé alors qu’on me l’avait promis.",
    "Vingt-cinq minutes d’attente avant d’avoir quelqu’un.",
    "Informations contradictoires entre le magasin et le service client.",
    "Le technicien n’est jamais venu et je n’ai eu aucune nouvelle.",
    "Accueil froid en magasin, j’ai eu l’impression de déranger.",
    "Remboursement promis il y a un mois, toujours rien.",
  ],
};

export const CUSTOMER_COMMENTS_EN: Record<Bucket, readonly string[]> = {
  promoter: [
    "Very helpful advisor, sorted in one call.",
    "Lovely store and staff who really know their products.",
    "Delivered on time and the driver was very careful.",
  ],
  passive: ["Fine overall, but I had to wait a while on the phone.", "Good advice, but the lamp I wanted was out of stock."],
  detractor: [
    "I was passed from one department to another and nobody solved anything.",
    "Delivery a week late with no update at all.",
    "Nobody called me back as promised.",
  ],
};

export const EMPLOYEE_COMMENTS: Record<Bucket, readonly string[]> = {
  promoter: [
    "Super ambiance d’équipe et un manager qui nous fait confiance.",
    "On a enfin la main pour régler les dossiers clients nous-mêmes.",
    "Je me sens utile et reconnu, les clients le ressentent.",
    "Bonne entraide entre collègues, même les jours de rush.",
    "Les formations produits sont vraiment utiles au quotidien.",
  ],
  passive: [
    "Bonne équipe, mais les outils nous font perdre du temps.",
    "Le travail a du sens, les plannings beaucoup moins.",
    "Correct, mais on manque de visibilité sur les décisions de la direction.",
    "Des progrès ces derniers mois, il faut continuer.",
  ],
  detractor: [
    "Le logiciel rame toute la journée et les clients attendent.",
    "On doit tout faire valider, impossible de rendre service au client.",
    "Pas le temps de rappeler les clients, on enchaîne les appels.",
    "Les consignes changent chaque semaine sans explication.",
    "Beaucoup d’efforts et jamais un merci.",
    "Sous-effectif permanent le samedi, l’équipe est épuisée.",
  ],
};

export const EMPLOYEE_SUGGESTIONS: readonly string[] = [
  "Pouvoir accorder un geste commercial sans passer par le responsable.",
  "Un seul outil avec tout l’historique du client.",
  "Un créneau protégé chaque jour pour rappeler les clients.",
  "Expliquer en réunion d’équipe le pourquoi des changements de process.",
  "Renforcer l’équipe le samedi.",
  "Partager les retours positifs des clients avec toute l’équipe.",
  "Un point mensuel entre le magasin et le service client.",
  "Des binômes pour former les nouveaux arrivants.",
];
