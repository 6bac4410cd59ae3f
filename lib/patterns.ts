// The shapes of identifiers and periods accepted at every boundary: one definition each.

/** A UUID in its canonical textual form (any version; case-insensitive). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A calendar month as YYYY-MM (01–12). */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID_PATTERN.test(value);
export const isMonth = (value: unknown): value is string => typeof value === "string" && MONTH_PATTERN.test(value);
