// Navigation inside a section: plain addresses (a link opens in a new tab, the back button goes
// back through them), with single-spa seeing every history change and routing with it.
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
const href = () => window.location.href;

/** The current address, re-rendering the component on every navigation. */
export function useLocation(): Location {
  useSyncExternalStore(subscribe, href, href);
  return window.location;
}

/** Goes to an address of the portal. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** A click that should route in place: a plain left click, no modifier (new tab etc. stay the browser's). */
export function routeClick(event: { button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; preventDefault(): void }, path: string): void {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}
