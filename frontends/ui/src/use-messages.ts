import { activeLanguage, createCatalogue, onLanguageChange, type Catalogue, type CatalogueFile, type Language } from '@mpa/i18n';
import { useSyncExternalStore } from 'react';
import type { Messages } from './messages/en.js';

/** The language in force; re-renders the component when the user switches. */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, activeLanguage, activeLanguage);
}

/** A catalogue's messages in the language in force, re-rendered on every switch. */
export function useMessages<M>(catalogue: Catalogue<M>): M {
  return catalogue.messages(useLanguage());
}

export const uiCatalogue = createCatalogue<Messages>(import.meta.glob<CatalogueFile<Messages>>('./messages/*.ts', { eager: true }));
