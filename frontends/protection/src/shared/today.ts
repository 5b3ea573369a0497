/** A day as the API writes dates (`YYYY-MM-DD`, UTC, as the centres record them). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
