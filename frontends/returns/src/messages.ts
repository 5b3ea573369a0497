// The returns micro-frontend's catalogue: one file per language in ./messages (adding a
// language is adding a file), through the portal's one language layer (@mpa/i18n).
import { createCatalogue, type CatalogueFile } from '@mpa/i18n';
import { useMessages } from '@mpa/ui';
import type { Messages } from './messages/en.js';

export const catalogue = createCatalogue<Messages>(import.meta.glob<CatalogueFile<Messages>>('./messages/*.ts', { eager: true }));

/** The returns messages in the language in force; the component re-renders on a switch. */
export const useReturnsMessages = (): Messages => useMessages(catalogue);
