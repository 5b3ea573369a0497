import { addErrorHandler, getAppStatus, LOAD_ERROR, MOUNTED, navigateToUrl, registerApplication, start, type LifeCycles } from 'single-spa';
import type { MicroFrontend } from './micro-frontends.js';
import { strings } from './strings.js';

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

  const areas = new Map<string, { area: HTMLElement; alert: HTMLElement; link: HTMLAnchorElement; section: MicroFrontend }>();
  for (const section of sections) {
    const link = doc.createElement('a');
    link.href = section.path;
    link.textContent = section.label;
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
    area.setAttribute('aria-label', section.label);
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
    const label = area.section.label;
    area.alert.textContent = getAppStatus(area.section.name) === LOAD_ERROR ? strings.loadFailed(label) : strings.crashed(label);
  });

  window.addEventListener('single-spa:routing-event', () => {
    for (const { area, alert, link, section } of areas.values()) {
      if (getAppStatus(section.name) === MOUNTED) alert.textContent = '';
      const active = isActive(section, window.location);
      // Only the sections of this address are on the page, for eyes and screen readers alike.
      area.hidden = !active;
      if (active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  });

  start({ urlRerouteOnly: true });
}
