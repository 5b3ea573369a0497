import { within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { signInAt, signOut } from './helpers.js';

const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data: null }), { headers: { 'content-type': 'application/json' } }));
vi.stubGlobal('fetch', fetchMock);
const entry = await import('../src/awareness.js');
afterAll(() => {
  vi.unstubAllGlobals();
  signOut();
});

describe('the awareness micro-frontend as single-spa mounts it', () => {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: '@mpa/awareness', domElement, singleSpa: {}, mountParcel: vi.fn() };

  it('opens on the centre’s session history', async () => {
    await signInAt('bossaso');
    history.pushState(null, '', '/awareness');
    await entry.bootstrap(props);
    await entry.mount(props);
    expect(await within(domElement).findByRole('heading', { name: 'Awareness sessions' })).toBeTruthy();
    expect(within(domElement).getByRole('link', { name: 'Record a session held' }).getAttribute('href')).toBe('/awareness/new');
    expect(within(domElement).getByRole('link', { name: 'Plan a session' }).getAttribute('href')).toBe('/awareness/plan');
    expect(document.getElementById('mpa-ui-styles')).not.toBeNull();
  });

  it('leaves the area empty when unmounted', async () => {
    await entry.unmount(props);
    expect(domElement.innerHTML).toBe('');
  });
});
