// French messages of the "actionErrors" namespace (see lib/i18n/messages/fr.ts): why an action
// write was refused, one sentence per code of lib/actions/action-schema.ts (ACTION_ERROR_CODES).
export const actionErrors = {
  required: "Ce champ est obligatoire.",
  tooLong: "Ce texte est trop long.",
  invalid: "Cette valeur n'est pas valide.",
  negative: "Le montant ne peut pas être négatif.",
  tooLarge: "Le montant est trop élevé.",
  dueDatePast: "L'échéance ne peut pas être dans le passé.",
  ownerOutside: "Le responsable doit être une personne active de l'organisation.",
  teamOutOfScope: "Choisissez une équipe de votre périmètre.",
  irritantUnknown: "Choisissez des irritants actifs du catalogue.",
  itemUnknown: "Choisissez des items actifs du catalogue.",
  followUpUnknown: "Ce suivi client n'est pas dans votre périmètre.",
  statusSkip: "Le statut avance d'une étape à la fois : proposée, planifiée, en cours, réalisée, mesurée.",
  statusFinal: "Cette action ne peut plus changer de statut.",
  statusSame: "L'action a déjà ce statut.",
  dropAfterDone: "Une action réalisée ne peut plus être abandonnée.",
};
