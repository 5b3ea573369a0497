// The root config's catalogue: one file per language in ./messages, through the portal's one
// language layer (@mpa/i18n). Its languages are the ones the header's switcher offers.
import { createCatalogue, onLanguageChange, type CatalogueFile } from '@mpa/i18n';
import type { Messages } from './messages/en.js';

export const catalogue = createCatalogue<Messages>(import.meta.glob<CatalogueFile<Messages>>('./messages/*.ts', { eager: true }));

/** The messages in the language in force. */
export const t = (): Messages => catalogue.messages();

/** A section's name in the language in force (its `label` key, or the label itself). */
export const sectionName = (label: string): string => t().sections[label] ?? catalogue.messages('en').sections[label] ?? label;

/** Runs `apply` now and again on every language switch; returns the unsubscribe function. */
export function translated(apply: (messages: Messages) => void): () => void {
  apply(t());
  return onLanguageChange(() => apply(t()));
}
