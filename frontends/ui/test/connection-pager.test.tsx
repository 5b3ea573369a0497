import { setLanguage } from '@mpa/i18n';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { afterOf, PagedConnection, useCursorPages, type Connection } from '../src/ui.js';

afterEach(() => {
  cleanup();
  act(() => setLanguage('en'));
  localStorage.clear();
});

interface Partner {
  id: string;
  name: string;
}

const words = { loading: 'Loading partners…', failed: 'The partners could not be loaded.', empty: 'No partners yet.', pages: 'Pages of partners' };
const page = (names: string[], endCursor: string | null): Connection<Partner> => ({
  edges: names.map((name) => ({ node: { id: name, name } })),
  pageInfo: { hasNextPage: endCursor !== null, endCursor },
});

/** Two pages of partners and an empty third, served by cursor as a site would. */
const pages: Record<string, Connection<Partner>> = { first: page(['Amal', 'Ruun'], 'c1'), c1: page(['Taakulo'], 'c2'), c2: page([], null) };

function Partners({ state = 'answered', summary }: { state?: 'answered' | 'loading' | 'failed'; summary?: (page: number) => string }) {
  const paging = useCursorPages();
  const connection = state === 'answered' ? pages[afterOf(paging).after ?? 'first'] : undefined;
  return (
    <PagedConnection connection={connection} loading={state === 'loading'} error={new Error('down')} onRetry={() => undefined} paging={paging} words={words} {...(summary === undefined ? {} : { summary })}>
      {(partners) => <ul>{partners.map((p) => <li key={p.id}>{p.name}</li>)}</ul>}
    </PagedConnection>
  );
}

describe('PagedConnection', () => {
  it('shows the rows and pages on by cursor; an empty later page keeps its pager to go back', async () => {
    const user = userEvent.setup();
    render(<Partners />);
    expect(screen.getByRole('navigation', { name: 'Pages of partners' })).toBeDefined();
    expect(screen.getByText('Amal')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Previous page' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Page 1');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Taakulo')).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Page 2');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('No partners yet.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Next page' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(screen.getByText('Taakulo')).toBeDefined();
  });

  it('says the list is loading, or could not be loaded', () => {
    const { rerender } = render(<Partners state="loading" />);
    expect(screen.getByText('Loading partners…')).toBeDefined();
    rerender(<Partners state="failed" />);
    expect(screen.getByText('The partners could not be loaded.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDefined();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says the page in the list’s own words when given, in the language in force otherwise', () => {
    const { rerender } = render(<Partners summary={(n) => `Partners page ${n}`} />);
    expect(screen.getByRole('status').textContent).toBe('Partners page 1');
    act(() => setLanguage('so'));
    rerender(<Partners />);
    expect(screen.getByRole('status').textContent).toBe('Bogga 1');
  });
});
