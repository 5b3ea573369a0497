// The portal's sections. A new micro-frontend is a line here plus its import map fragment.
export interface MicroFrontend {
  /** Bare specifier the import map resolves, also single-spa's application name. */
  readonly name: string;
  /** Section name in the navigation. */
  readonly label: string;
  /** Path the section lives under. */
  readonly path: string;
  /** Also shown at `/`. */
  readonly home?: boolean;
}

export const microFrontends: readonly MicroFrontend[] = [
  { name: '@mpa/centres', label: 'Centres', path: '/centres', home: true },
];
