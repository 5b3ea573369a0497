// Every string the root config shows, in English: the shape every other language's file follows.
const en = {
  languageName: 'English',
  portalTitle: 'MPA hub — Migrant Protection and Assistance',
  skipToContent: 'Skip to content',
  sectionsNav: 'Sections',
  /** Section names in the navigation, by the `label` key of src/micro-frontends.ts. */
  sections: {
    centres: 'Centres',
    registration: 'Registration',
    assistance: 'Assistance',
    protection: 'Protection',
    awareness: 'Awareness',
    returns: 'Return and reintegration',
    dashboard: 'Regional dashboard',
  } as Record<string, string>,
  loadFailed: (section: string) =>
    `The ${section} section could not be loaded. Check your connection and reload the page; the rest of the portal still works.`,
  crashed: (section: string) => `The ${section} section stopped working. Reload the page to try again.`,
  signInTitle: 'Sign in',
  username: 'User name',
  password: 'Password',
  signIn: 'Sign in',
  signInFailed: 'Signing in failed. Try again.',
  unknownUser: 'Unknown user or wrong password.',
  signInUnavailable: 'Signing in is not possible at the moment.',
  signOut: 'Sign out',
  language: 'Language',
  centre: 'Centre',
  allCentres: 'All centres',
  centresUnavailable: 'The list of centres could not be loaded.',
  signedInAs: (name: string, site: string | null) => `${name}${site ? ` · ${site[0]!.toUpperCase()}${site.slice(1)}` : ''}`,
};
export type Messages = typeof en;
export default en;
