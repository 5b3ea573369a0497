import css from './returns.css?inline';

/** Puts the section's own layout rules in the page once, next to the style guide's. */
export function injectReturnsStyles(doc: Document = document): void {
  if (doc.getElementById('mpa-returns-styles') !== null) return;
  const style = doc.createElement('style');
  style.id = 'mpa-returns-styles';
  style.textContent = css;
  doc.head.append(style);
}
