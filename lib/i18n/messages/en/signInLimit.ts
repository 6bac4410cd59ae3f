// English messages of the "signInLimit" namespace (see lib/i18n/messages/fr/signInLimit.ts).
export const signInLimit = {
  tooMany: "Too many attempts. Try again in {minutes} minutes.",
  tooManyOne: "Too many attempts. Try again in 1 minute.",
  backToSignIn: "Back to sign-in",
};
