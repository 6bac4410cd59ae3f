// French messages of the "apiKeys" namespace (see lib/i18n/messages/fr.ts).
export const apiKeys = {} as const;
