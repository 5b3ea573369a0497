import { within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { signInAt, signOut } from './helpers.js';

const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data: null }), { headers: { 'content-type': 'application/json' } }));
vi.stubGlobal('fetch', fetchMock);
const entry = await import('../src/registration.js');
afterAll(() => {
  vi.unstubAllGlobals();
  signOut();
});

describe('the registration micro-frontend as single-spa mounts it', () => {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: '@mpa/registration', domElement, singleSpa: {}, mountParcel: vi.fn() };

  it('opens on the search, for the signed-in caseworker’s centre', async () => {
    await signInAt('bossaso');
    history.pushState(null, '', '/registration');
    await entry.bootstrap(props);
    await entry.mount(props);
    expect(await within(domElement).findByRole('heading', { name: 'Find a migrant' })).toBeTruthy();
    expect(within(domElement).getByRole('search')).toBeTruthy();
    expect(document.getElementById('mpa-ui-styles')).not.toBeNull();
  });

  it('leaves the area empty when unmounted', async () => {
    await entry.unmount(props);
    expect(domElement.innerHTML).toBe('');
  });
});
