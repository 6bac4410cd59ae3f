// The overview's operational KPIs against eNPS and NPS (issue 15 §1).
export const kpiCorrelations = {
  title: "Indicateurs opérationnels et expérience",
  lead: "Sur les équipes de base de votre périmètre ({teams}), mois par mois : l'eNPS d'un mois va-t-il avec l'indicateur des mois suivants, et l'indicateur avec le NPS client des mois suivants ? Les mois où l'eNPS d'une équipe est masqué (anonymat) ne comptent pas. Une corrélation n'est pas une preuve de cause, et les paires d'une même équipe ne sont pas indépendantes : lisez les p comme indicatifs.",
  empty: "Aucun indicateur importé pour ces équipes et cette période. Importez-les depuis Catalogue › Indicateurs.",
  summary: "{kpi} ({values} valeurs équipe × mois)",
  withEnpsTitle: "eNPS d'un mois et {kpi} 0 à 3 mois plus tard",
  withEnpsExplanation: "Chaque paire rapproche l'eNPS d'une équipe un mois donné et son indicateur « {kpi} » k mois plus tard. {direction}",
  withNpsTitle: "{kpi} d'un mois et NPS client 0 à 3 mois plus tard",
  withNpsExplanation: "Chaque paire rapproche l'indicateur « {kpi} » d'une équipe un mois donné et son NPS client k mois plus tard.",
  higherBetter: "Plus haut, c'est mieux pour cet indicateur : un r positif va dans le bon sens.",
  lowerBetter: "Plus bas, c'est mieux pour cet indicateur : un r négatif va dans le bon sens.",
  caption: "Corrélation de {kpi} selon le décalage",
};
