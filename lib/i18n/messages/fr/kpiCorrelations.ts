// The overview's operational KPIs against eNPS and NPS (issue 15 §1).
export const kpiCorrelations = {
  title: "Indicateurs opérationnels et expérience",
  lead: "Sur les équipes de base de votre périmètre ({teams}), mois par mois : l'eNPS d'un mois va-t-il avec l'indicateur des mois suivants, et l'indicateur avec le NPS client des mois suivants ? Les mois où l'eNPS d'une équipe est masqué (anonymat) ne comptent pas. Une corrélation n'est pas une preuve de cause, et les paires d'une même équipe ne sont pas indépendantes : lisez les p comme indicatifs.",
  loading: "Chargement des indicateurs opérationnels…",
  empty: "Aucun indicateur importé pour ces équipes et cette période. Importez-les depuis Catalogue › Indicateurs.",
  summary: "{kpi} ({values} valeurs équipe × mois)",
  withEnpsTitle: "eNPS d'un mois et {kpi} 0 à 3 mois plus tard",
  withEnpsExplanation: "Chaque paire rapproche l'eNPS d'une équipe un mois donné et son indicateur « {kpi} » k mois plus tard. {direction}",
  withNpsTitle: "{kpi} d'un mois et NPS client 0 à 3 mois plus tard",
  withNpsExplanation: "Chaque paire rapproche l'indicateur « {kpi} » d'une équipe un mois donné et son NPS client k mois plus tard.",
  higherBetter: "Plus haut, c'est mieux pour cet indicateur : un r positif va dans le bon sens.",
  lowerBetter: "Plus bas, c'est mieux pour cet indicateur : un r négatif va dans le bon sens.",
  chartLabel:
    "Barres du r de Pearson de {kpi} pour chaque décalage en mois, avec son intervalle. Les données sont dans le tableau qui suit.",
  caption: "Corrélation de {kpi} selon le décalage",
  roiTitle: "Ce que rapporte un meilleur climat",
  roiLead:
    "Équipes dont l'eNPS a progressé significativement entre {beforeFrom}–{beforeTo} et {afterFrom}–{afterTo} ({rising}) comparées aux autres ({others}) : écart entre l'évolution moyenne de chaque indicateur des unes et des autres, avec son intervalle de confiance à 95 % (test de Welch). C'est une observation, pas une expérience : ces équipes peuvent différer aussi sur d'autres points.",
  roiTooShort:
    "Il faut au moins six mois de réponses sur la période pour comparer ses trois premiers et ses trois derniers mois ({months} ici).",
  roiCaption: "Évolution des indicateurs : équipes dont l'eNPS a progressé, moins les autres",
  roiKpi: "Indicateur",
  roiDifference: "Écart d'évolution (points)",
  roiReading: "Lecture",
  roiEuros: "En euros, par équipe",
  roiTooFew: "trop peu d'équipes dans l'un des groupes",
  roiBetter: "Significativement mieux pour les équipes dont l'eNPS a progressé.",
  roiWorse: "Significativement moins bien pour les équipes dont l'eNPS a progressé.",
  roiNone: "Pas de différence significative.",
  roiNoValue: "Valeur d'un point non renseignée (Catalogue › Indicateurs).",
  roiAssumptions: "Hypothèses : {text}",
};
