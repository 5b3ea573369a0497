// The centre the portal works on. A site user works at their own centre, always; a cross-site
// user (coordinator, AVRR officer, administrator) chooses one in the header, remembered for the
// tab like the session itself. Framework-free: the root config sets it, @mpa/graphql and the
// micro-frontends follow it.
import { getSession, onSessionChange } from './session.js';

const KEY = 'mpa.activeSite';
const listeners = new Set<(site: string | null) => void>();

/** The active centre's code: a site user's own, a cross-site user's choice, or null (every centre). */
export function getActiveSite(): string | null {
  const session = getSession();
  if (session === null) return null;
  return session.user.site ?? sessionStorage.getItem(KEY);
}

/** Whether the signed-in user may choose the active centre (only cross-site users may). */
export function canChooseSite(): boolean {
  const session = getSession();
  return session !== null && session.user.site === null;
}

/** A cross-site user's choice of centre (null: every centre); every open micro-frontend follows it. */
export function setActiveSite(site: string | null): void {
  if (!canChooseSite()) throw new Error('Only a cross-site user chooses the active centre: a site user works at their own');
  if (site === getActiveSite()) return;
  if (site === null) sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, site);
  notify();
}

/** Calls `listener` whenever the active centre changes (a choice, a sign-in, a sign-out); returns the unsubscribe function. */
export function onActiveSiteChange(listener: (site: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  const site = getActiveSite();
  for (const listener of listeners) listener(site);
}

// One user's choice is never the next one's on this tab.
onSessionChange(() => {
  sessionStorage.removeItem(KEY);
  notify();
});
