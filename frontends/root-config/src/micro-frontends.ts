// The portal's sections. A new micro-frontend is a line here, its name in each language's
// `sections` (src/messages/), and its import map fragment.
export interface MicroFrontend {
  /** Bare specifier the import map resolves, also single-spa's application name. */
  readonly name: string;
  /** Section name in the navigation: a key of `sections` in the messages (or the name itself). */
  readonly label: string;
  /** Path the section lives under. */
  readonly path: string;
  /** Also shown at `/`. */
  readonly home?: boolean;
  /** The scope a user needs for the section to be offered (the API enforces it either way). */
  readonly requires?: string;
}

export const microFrontends: readonly MicroFrontend[] = [
  { name: '@mpa/centres', label: 'centres', path: '/centres', home: true },
  { name: '@mpa/registration', label: 'registration', path: '/registration', requires: 'cases:write' },
];

/** The sections a user's scopes let them use: the navigation shows only those. */
export function sectionsFor(scopes: readonly string[], sections: readonly MicroFrontend[] = microFrontends): MicroFrontend[] {
  return sections.filter((section) => section.requires === undefined || scopes.includes(section.requires));
}
