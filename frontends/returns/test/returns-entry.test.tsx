import { waitFor, within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { signInWith, signOut } from './helpers.js';

// The page's client asks the (stubbed) network; the board then says it could not load.
const fetchMock = vi.fn(async () => new Response(JSON.stringify({ data: null }), { headers: { 'content-type': 'application/json' } }));
vi.stubGlobal('fetch', fetchMock);
const entry = await import('../src/returns.js');
afterAll(() => {
  vi.unstubAllGlobals();
  signOut();
});

describe('the returns micro-frontend as single-spa mounts it', () => {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const props = { name: '@mpa/returns', domElement, singleSpa: {}, mountParcel: vi.fn() };

  it('opens on the pipeline board, with its own layout rules next to the style guide', async () => {
    await signInWith('coordinator', ['stats:read', 'avr:read']);
    history.pushState(null, '', '/returns');
    await entry.bootstrap(props);
    await entry.mount(props);
    expect(await within(domElement).findByRole('heading', { name: 'Return pipeline' })).toBeTruthy();
    expect(within(domElement).getByText('You can look at the return cases; changing them needs the AVR officer role.')).toBeTruthy();
    expect(document.getElementById('mpa-ui-styles')).not.toBeNull();
    expect(document.getElementById('mpa-returns-styles')).not.toBeNull();
    // The board's query is sent from an effect after the heading renders: wait for it, not for a tick.
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
  });

  it('leaves the area empty when unmounted', async () => {
    await entry.unmount(props);
    expect(domElement.innerHTML).toBe('');
  });
});
