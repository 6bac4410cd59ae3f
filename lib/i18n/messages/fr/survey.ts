// French messages of the "survey" namespace (see lib/i18n/messages/fr.ts).
export const survey = {} as const;
