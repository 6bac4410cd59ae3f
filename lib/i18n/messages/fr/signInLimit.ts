// French messages of the "signInLimit" namespace (see lib/i18n/messages/fr.ts): sign-in rate limits.
export const signInLimit = {
  tooMany: "Trop de tentatives. Réessayez dans {minutes} minutes.",
  tooManyOne: "Trop de tentatives. Réessayez dans 1 minute.",
  backToSignIn: "Retour à la connexion",
};
