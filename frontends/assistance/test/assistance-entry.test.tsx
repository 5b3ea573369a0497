import { within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { signInAs, signOut } from './helpers.js';

const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data: null }), { headers: { 'content-type': 'application/json' } }));
vi.stubGlobal('fetch', fetchMock);
const entry = await import('../src/assistance.js');
afterAll(() => {
  vi.unstubAllGlobals();
  signOut();
});

describe('the assistance micro-frontend as single-spa mounts it', () => {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: '@mpa/assistance', domElement, singleSpa: {}, mountParcel: vi.fn() };

  it('opens on finding the migrant to serve, with the stock one link away', async () => {
    await signInAs('caseworker');
    history.pushState(null, '', '/assistance');
    await entry.bootstrap(props);
    await entry.mount(props);
    expect(await within(domElement).findByRole('heading', { name: 'Serve a migrant' })).toBeTruthy();
    const pages = within(domElement).getByRole('navigation', { name: 'Assistance pages' });
    expect(within(pages).getByRole('link', { name: 'Stock' }).getAttribute('href')).toBe('/assistance/stock');
    expect(document.getElementById('mpa-ui-styles')).not.toBeNull();
  });

  it('leaves the area empty when unmounted', async () => {
    await entry.unmount(props);
    expect(domElement.innerHTML).toBe('');
  });
});
