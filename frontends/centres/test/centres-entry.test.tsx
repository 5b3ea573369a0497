import { screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { centres } from './fixtures.js';

// Apollo's HttpLink finds `fetch` when it is loaded: stub it first, then load the entry.
const fetchMock = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
  new Response(JSON.stringify({ data: { centres } }), { headers: { 'content-type': 'application/json' } }),
);
vi.stubGlobal('fetch', fetchMock);
const entry = await import('../src/centres.js');
afterAll(() => vi.unstubAllGlobals());

describe('the centres micro-frontend as single-spa mounts it', () => {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: '@mpa/centres', domElement, singleSpa: {}, mountParcel: vi.fn() };

  it('renders into the area the root config gives it, asking the portal’s own /graphql', async () => {
    await entry.bootstrap(props);
    await entry.mount(props);
    const bossaso = await within(domElement).findByRole('button', { name: 'Bossaso' });
    expect(bossaso.closest('tr')?.textContent).toContain('1,234');
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('/graphql');
  });

  it('leaves the area empty when unmounted', async () => {
    await entry.unmount(props);
    expect(domElement.innerHTML).toBe('');
    expect(screen.queryByRole('button', { name: 'Bossaso' })).toBeNull();
  });
});
