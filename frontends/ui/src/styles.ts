import css from './styles.css?inline';

/**
 * Puts the style guide in the page once (first component rendered). Shipped inside the module:
 * the portal's CSP allows inline styles, and one file deploys the whole guide.
 */
export function injectStyles(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (doc === undefined || doc.getElementById('mpa-ui-styles') !== null) return;
  const style = doc.createElement('style');
  style.id = 'mpa-ui-styles';
  style.textContent = css;
  doc.head.append(style);
}
