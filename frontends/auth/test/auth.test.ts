import { afterEach, describe, expect, it, vi } from 'vitest';
import { authorizationHeader, can, getSession, login, LoginError, logout, onSessionChange } from '../src/auth.js';

const user = { username: 'caseworker@bossaso', name: 'Bossaso caseworker', role: 'caseworker', site: 'bossaso', scopes: ['cases:read'] };
const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

afterEach(() => sessionStorage.clear());

describe('the session', () => {
  it('signs in, keeps the token for the tab, and hands it to every request', async () => {
    const seen: unknown[] = [];
    const stop = onSessionChange((s) => seen.push(s?.user.username ?? null));
    const fetchFn = answer(200, { token: 't0k3n', expiresIn: 3600, user });
    await login('caseworker@bossaso', 'demo', fetchFn as unknown as typeof fetch);
    expect(fetchFn).toHaveBeenCalledWith('/auth/login', expect.objectContaining({ method: 'POST' }));
    expect(getSession()?.user.site).toBe('bossaso');
    expect(authorizationHeader()).toEqual({ authorization: 'Bearer t0k3n' });
    expect(can('cases:read')).toBe(true);
    expect(can('medical:read')).toBe(false);
    logout();
    expect(getSession()).toBeNull();
    expect(authorizationHeader()).toEqual({});
    expect(seen).toEqual(['caseworker@bossaso', null]);
    stop();
  });

  it('says clearly when the password is wrong, and stays signed out', async () => {
    await expect(login('x', 'y', answer(401, { error: 'no' }) as unknown as typeof fetch)).rejects.toThrow(LoginError);
    await expect(login('x', 'y', answer(401, { error: 'no' }) as unknown as typeof fetch)).rejects.toMatchObject({ reason: 'refused' });
    await expect(login('x', 'y', answer(502, {}) as unknown as typeof fetch)).rejects.toMatchObject({ reason: 'unavailable' });
    expect(getSession()).toBeNull();
  });

  it('treats an expired or damaged session as signed out', () => {
    sessionStorage.setItem('mpa.session', JSON.stringify({ token: 'old', user, expiresAt: Date.now() - 1 }));
    expect(getSession()).toBeNull();
    sessionStorage.setItem('mpa.session', '{not json');
    expect(getSession()).toBeNull();
  });
});
