// en messages of the "audit" namespace (see lib/i18n/messages/fr.ts): the audit log viewer.
export const audit = {
  title: "x",
};
