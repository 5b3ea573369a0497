import { afterEach, describe, expect, it, vi } from 'vitest';
import { canChooseSite, getActiveSite, login, logout, onActiveSiteChange, setActiveSite, type SessionUser } from '../src/auth.js';

const caseworker: SessionUser = { username: 'caseworker@bossaso', name: 'Bossaso caseworker', role: 'caseworker', site: 'bossaso', scopes: [] };
const coordinator: SessionUser = { username: 'coordinator', name: 'Regional coordinator', role: 'coordinator', site: null, scopes: ['stats:read'] };
const signInAs = (user: SessionUser) =>
  login(user.username, 'demo', (async () => new Response(JSON.stringify({ token: 't', expiresIn: 3600, user }), { status: 200 })) as typeof fetch);

afterEach(() => {
  logout();
  sessionStorage.clear();
});

describe('the active centre', () => {
  it('is a site user’s own centre, which they cannot change', async () => {
    await signInAs(caseworker);
    expect(getActiveSite()).toBe('bossaso');
    expect(canChooseSite()).toBe(false);
    expect(() => setActiveSite('hargeisa')).toThrow(/site user works at their own/);
    expect(getActiveSite()).toBe('bossaso');
  });

  it('is every centre for a cross-site user until they choose one, remembered for the tab and told to every listener', async () => {
    await signInAs(coordinator);
    expect(canChooseSite()).toBe(true);
    expect(getActiveSite()).toBeNull();
    const seen: (string | null)[] = [];
    const stop = onActiveSiteChange((site) => seen.push(site));
    setActiveSite('hargeisa');
    setActiveSite('hargeisa');
    expect(getActiveSite()).toBe('hargeisa');
    expect(sessionStorage.getItem('mpa.activeSite')).toBe('hargeisa');
    setActiveSite(null);
    expect(seen).toEqual(['hargeisa', null]);
    stop();
    setActiveSite('bossaso');
    expect(seen).toEqual(['hargeisa', null]);
  });

  it('is forgotten on sign-out, so the next user on the tab starts from their own', async () => {
    await signInAs(coordinator);
    setActiveSite('mogadishu');
    const listener = vi.fn();
    const stop = onActiveSiteChange(listener);
    logout();
    expect(listener).toHaveBeenLastCalledWith(null);
    await signInAs(caseworker);
    expect(listener).toHaveBeenLastCalledWith('bossaso');
    await signInAs(coordinator);
    expect(getActiveSite()).toBeNull();
    stop();
  });

  it('refuses a choice from someone signed out', () => {
    expect(() => setActiveSite('bossaso')).toThrow();
    expect(getActiveSite()).toBeNull();
  });
});
