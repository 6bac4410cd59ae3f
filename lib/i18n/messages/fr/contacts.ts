// French messages of the "contacts" namespace (see lib/i18n/messages/fr.ts).
export const contacts = {} as const;
