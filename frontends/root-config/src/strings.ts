// Every string the root config shows, in one place for the translation layer to come (the
// portal name and landmarks are in index.html, so they show before any script runs).
export const strings = {
  loadFailed: (section: string) =>
    `The ${section} section could not be loaded. Check your connection and reload the page; the rest of the portal still works.`,
  crashed: (section: string) => `The ${section} section stopped working. Reload the page to try again.`,
  signInTitle: 'Sign in',
  username: 'User name',
  password: 'Password',
  signIn: 'Sign in',
  signInFailed: 'Signing in failed. Try again.',
  signOut: 'Sign out',
  signedInAs: (name: string, site: string | null) => `${name}${site ? ` · ${site[0]!.toUpperCase()}${site.slice(1)}` : ''}`,
} as const;
