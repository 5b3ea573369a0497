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
  /** Offered to a user holding any one of these scopes (the API enforces each field either way). */
  readonly requires?: readonly string[];
  /** Only for cross-site users (coordinators, AVRR, admins): a site user's view is their own centre. */
  readonly allSites?: boolean;
}

export const microFrontends: readonly MicroFrontend[] = [
  { name: '@mpa/centres', label: 'centres', path: '/centres', home: true },
  { name: '@mpa/registration', label: 'registration', path: '/registration', requires: ['cases:write'] },
  { name: '@mpa/assistance', label: 'assistance', path: '/assistance', requires: ['cases:write', 'medical:read'] },
  { name: '@mpa/protection', label: 'protection', path: '/protection', requires: ['protection:read', 'mhpss:read', 'cases:write'] },
  { name: '@mpa/awareness', label: 'awareness', path: '/awareness', requires: ['cases:write'] },
  { name: '@mpa/returns', label: 'returns', path: '/returns', requires: ['avr:read'] },
  { name: '@mpa/dashboard', label: 'dashboard', path: '/dashboard', requires: ['stats:read'], allSites: true },
];

/** Who the sections are chosen for: the signed-in user's scopes and site (null: every centre). */
export interface SectionViewer {
  readonly scopes: readonly string[];
  readonly site: string | null;
}

/** The sections a user's role lets them use: the navigation shows only those. */
export function sectionsFor(viewer: SectionViewer, sections: readonly MicroFrontend[] = microFrontends): MicroFrontend[] {
  return sections.filter(
    (section) =>
      (section.requires === undefined || section.requires.some((scope) => viewer.scopes.includes(scope))) &&
      (section.allSites !== true || viewer.site === null),
  );
}
