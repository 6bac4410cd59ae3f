// French messages of the "followUps" namespace (see lib/i18n/messages/fr.ts).
export const followUps = {} as const;
