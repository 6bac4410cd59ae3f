// French messages of the "mail" namespace (see lib/i18n/messages/fr.ts).
export const mail = {} as const;
