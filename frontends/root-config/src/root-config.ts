// The portal's root config: framework-free on purpose, so it loads fast, never pins a React
// version on the micro-frontends, and stays small enough to read in one sitting.
import { canChooseSite, getActiveSite, getSession, login, logout, onSessionChange, setActiveSite } from '@mpa/auth';
import { activeLanguage, setLanguage } from '@mpa/i18n';
import type { LifeCycles } from 'single-spa';
import { sectionsFor } from './micro-frontends.js';
import { startPortalShell } from './portal-shell.js';
import { showLanguageSwitcher, showUser, signIn, translatePage } from './session-ui.js';
import { fetchCentres, showSiteSwitcher } from './site-switcher.js';

// Native dynamic import: the browser's import map, not a bundler, decides which build of
// each micro-frontend runs, so one can be deployed without rebuilding the others.
const load = (name: string) => import(/* @vite-ignore */ name) as Promise<LifeCycles>;

// Signed out (or expired, or rejected by the gateway): a fresh page shows the sign-in form.
onSessionChange((session) => {
  if (!session) window.location.assign('/');
});

// The language switcher works on the sign-in form too; the page speaks the chosen language at once.
setLanguage(activeLanguage());
translatePage(document);
showLanguageSwitcher(document, activeLanguage());

const session = getSession() ?? (await signIn(document, login));
showUser(document, session, logout);
// A site user works at their own centre; a cross-site user picks the one the sections work on.
if (canChooseSite()) void showSiteSwitcher(document, getActiveSite(), fetchCentres, setActiveSite);
// Only the sections the user's role may use (a Bossaso caseworker registers; a coordinator does not).
startPortalShell(document, sectionsFor(session.user), load);
