// @mpa/i18n: which language the portal speaks, and typed message catalogues. Framework-free
// (the root config uses it before any React loads) and tiny: a catalogue is a TypeScript object
// per language, so a missing or misspelt message is a type error, not a blank on screen.
//
// Each package keeps its messages in `src/messages/<language>.ts` (`en.ts` defines the shape,
// every other file `satisfies` it) and loads the folder with Vite's `import.meta.glob`:
// adding a language is adding a file in each package.

/** A BCP 47 language tag: `en`, `so`. */
export type Language = string;

/** What every catalogue file exports besides its messages: the language's own name for itself. */
export interface CatalogueFile<M> {
  default: M & { readonly languageName: string };
}

const KEY = 'mpa.language';
export const defaultLanguage: Language = 'en';
const listeners = new Set<(language: Language) => void>();
/** Every language some catalogue has a file for. */
const known = new Set<Language>([defaultLanguage]);
let current: Language | undefined;

/** Locales for numbers and dates where the language tag alone would pick a less usual one. */
const locales: Record<Language, string> = { en: 'en-GB' };

function stored(): Language | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The language the user chose (kept for the browser), else the browser's, else English. */
export function getLanguage(): Language {
  const chosen = stored();
  if (chosen) return chosen;
  const browser = typeof navigator === 'undefined' ? undefined : navigator.language?.split('-')[0];
  return browser && known.has(browser) ? browser : defaultLanguage;
}

/** Switches the whole portal: every open micro-frontend re-renders in the new language. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // private browsing without storage: the choice lasts for this page
  }
  current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener(language);
}

/** Calls `listener` whenever the language changes; returns the unsubscribe function. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language in force on this page. */
export function activeLanguage(): Language {
  current ??= getLanguage();
  return current;
}

export interface Catalogue<M> {
  /** Languages this catalogue has a file for, with each one's name for itself. */
  readonly languages: readonly { code: Language; name: string }[];
  /** The messages in `language` (default: the active one); English for a language with no file. */
  messages(language?: Language): M;
}

/**
 * A package's catalogue from its message files, e.g.
 * `createCatalogue<Messages>(import.meta.glob('./messages/*.ts', { eager: true }))`.
 * Keys are file paths; the file name (`so.ts`) is the language.
 */
export function createCatalogue<M extends object>(files: Record<string, CatalogueFile<M>>): Catalogue<M> {
  const byLanguage = new Map<Language, M & { languageName: string }>();
  for (const [path, file] of Object.entries(files)) {
    const code = /([\w-]+)\.[jt]s$/.exec(path)?.[1];
    if (code === undefined) throw new Error(`${path}: a message file is named after its language, e.g. so.ts`);
    byLanguage.set(code, file.default);
    known.add(code);
  }
  const fallback = byLanguage.get(defaultLanguage);
  if (fallback === undefined) throw new Error(`A catalogue needs ${defaultLanguage}.ts: it is every other language's fallback`);
  return {
    languages: [...byLanguage].map(([code, messages]) => ({ code, name: messages.languageName })),
    messages: (language = activeLanguage()) => {
      const messages = byLanguage.get(language);
      // A message a translation lacks at run time (a stale build) shows in English rather than blank.
      return messages === undefined || messages === fallback ? fallback : { ...fallback, ...messages };
    },
  };
}

/** The locale numbers and dates are written in for a language. */
export function localeOf(language: Language = activeLanguage()): string {
  return locales[language] ?? language;
}

/** Formats numbers and calendar dates in the active language. */
export const format = {
  number: (value: number, language?: Language) => new Intl.NumberFormat(localeOf(language)).format(value),
  /**
   * A calendar date from the API (`YYYY-MM-DD`), formatted in UTC so no time zone moves it to
   * the day before.
   */
  date: (value: string, language?: Language) =>
    new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)),
};
