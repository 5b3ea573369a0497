/** A day as the API writes it (`YYYY-MM-DD`, UTC, like the sites' own "today"). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
