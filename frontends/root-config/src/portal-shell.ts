import { addErrorHandler, getAppStatus, LOAD_ERROR, MOUNTED, navigateToUrl, registerApplication, start, type LifeCycles } from 'single-spa';
import type { MicroFrontend } from './micro-frontends.js';
import { onLanguageChange } from '@mpa/i18n';
import { sectionName, t } from './messages.js';

export type LoadMicroFrontend = (name: string) => Promise<LifeCycles>;

/**
 * Fills the layout of index.html (header, nav, main) with one link and one area per
 * micro-frontend, registers them with single-spa and starts routing.
 */
export function startPortalShell(doc: Document, sections: readonly MicroFrontend[], load: LoadMicroFrontend): void {
  const nav = doc.querySelector<HTMLUListElement>('#portal-nav')!;
  const main = doc.querySelector<HTMLElement>('#portal-main')!;
  const isActive = (section: MicroFrontend, location: Location) =>
    location.pathname.startsWith(section.path) || (section.home === true && location.pathname === '/');

  /** Each section's area; `problem` is what its alert says, kept so a language switch can say it again. */
  const areas = new Map<string, { area: HTMLElement; alert: HTMLElement; link: HTMLAnchorElement; section: MicroFrontend; problem?: 'loadFailed' | 'crashed' }>();
  const showProblem = (entry: { alert: HTMLElement; section: MicroFrontend; problem?: 'loadFailed' | 'crashed' }) => {
    entry.alert.textContent = entry.problem === undefined ? '' : t()[entry.problem](sectionName(entry.section.label));
  };
  for (const section of sections) {
    const link = doc.createElement('a');
    link.href = section.path;
    link.textContent = sectionName(section.label);
    // A plain link (new tab, copy address all work); a plain click routes in place.
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigateToUrl(section.path);
    });
    const item = doc.createElement('li');
    item.append(link);
    nav.append(item);

    const area = doc.createElement('section');
    area.setAttribute('aria-label', sectionName(section.label));
    // The alert sits beside, not inside, the element the micro-frontend renders into, so a
    // failed attempt never leaves anything for a later successful mount to trip over.
    const alert = doc.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.className = 'portal-alert';
    const domElement = doc.createElement('div');
    area.append(alert, domElement);
    main.append(area);
    areas.set(section.name, { area, alert, link, section });

    registerApplication({
      name: section.name,
      app: () => load(section.name),
      activeWhen: (location) => isActive(section, location),
      customProps: { domElement },
    });
  }

  // A micro-frontend that fails to load or crashes only loses its own area. single-spa
  // tries loading again on the next navigation, so the message says what to do.
  addErrorHandler((error) => {
    console.error(error);
    const area = areas.get(error.appOrParcelName);
    if (area === undefined) return;
    area.problem = getAppStatus(area.section.name) === LOAD_ERROR ? 'loadFailed' : 'crashed';
    showProblem(area);
  });

  window.addEventListener('single-spa:routing-event', () => {
    for (const entry of areas.values()) {
      const { area, link, section } = entry;
      if (getAppStatus(section.name) === MOUNTED && entry.problem !== undefined) {
        delete entry.problem;
        showProblem(entry);
      }
      const active = isActive(section, window.location);
      // Only the sections of this address are on the page, for eyes and screen readers alike.
      area.hidden = !active;
      if (active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  });

  onLanguageChange(() => {
    for (const entry of areas.values()) {
      const name = sectionName(entry.section.label);
      entry.link.textContent = name;
      entry.area.setAttribute('aria-label', name);
      showProblem(entry);
    }
  });

  start({ urlRerouteOnly: true });
}
