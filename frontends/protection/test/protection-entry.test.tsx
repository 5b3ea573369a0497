import { within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { signInAs, signOut } from './helpers.js';

const fetchMock = vi.fn(async () => Response.json({ data: null }));
vi.stubGlobal('fetch', fetchMock);
const entry = await import('../src/protection.js');
afterAll(() => {
  vi.unstubAllGlobals();
  signOut();
});

describe('the protection micro-frontend as single-spa mounts it', () => {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: '@mpa/protection', domElement, singleSpa: {}, mountParcel: vi.fn() };

  it('opens on the overview of what the signed-in protection officer may use', async () => {
    await signInAs('protection');
    history.pushState(null, '', '/protection');
    await entry.bootstrap(props);
    await entry.mount(props);
    expect(await within(domElement).findByRole('heading', { name: 'Protection', level: 2 })).toBeTruthy();
    expect(within(within(domElement).getByRole('navigation', { name: 'Protection' })).getByRole('link', { name: 'Unaccompanied minors' })).toBeTruthy();
    expect(document.getElementById('mpa-ui-styles')).not.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('leaves the area empty when unmounted', async () => {
    await entry.unmount(props);
    expect(domElement.innerHTML).toBe('');
  });
});
