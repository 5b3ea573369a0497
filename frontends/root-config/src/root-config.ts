// The portal's root config: framework-free on purpose, so it loads fast, never pins a React
// version on the micro-frontends, and stays small enough to read in one sitting.
import { getSession, login, logout, onSessionChange } from '@mpa/auth';
import type { LifeCycles } from 'single-spa';
import { microFrontends } from './micro-frontends.js';
import { startPortalShell } from './portal-shell.js';
import { showUser, signIn } from './session-ui.js';

// Native dynamic import: the browser's import map, not a bundler, decides which build of
// each micro-frontend runs, so one can be deployed without rebuilding the others.
const load = (name: string) => import(/* @vite-ignore */ name) as Promise<LifeCycles>;

// Signed out (or expired, or rejected by the gateway): a fresh page shows the sign-in form.
onSessionChange((session) => {
  if (!session) window.location.assign('/');
});

const session = getSession() ?? (await signIn(document, login));
showUser(document, session, logout);
startPortalShell(document, microFrontends, load);
