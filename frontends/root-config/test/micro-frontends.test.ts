import { describe, expect, it } from 'vitest';
import { microFrontends, sectionsFor } from '../src/micro-frontends.js';

const names = (scopes: string[], site: string | null) => sectionsFor({ scopes, site }).map((s) => s.name);

describe('the sections a user is offered', () => {
  it('offers a Bossaso caseworker their case work, not medical-only or cross-centre sections', () => {
    expect(names(['cases:read', 'cases:write', 'stats:read', 'avr:read'], 'bossaso')).toEqual([
      '@mpa/centres',
      '@mpa/registration',
      '@mpa/assistance',
      '@mpa/protection',
      '@mpa/awareness',
      '@mpa/returns',
    ]);
  });

  it('offers medical staff the assistance section (consultations) and nothing to register with', () => {
    expect(names(['cases:read', 'medical:read', 'medical:write', 'stats:read'], 'hargeisa')).toEqual(['@mpa/centres', '@mpa/assistance']);
  });

  it('offers MHPSS staff the protection section (psychosocial support)', () => {
    expect(names(['cases:read', 'mhpss:read', 'mhpss:write', 'stats:read'], 'mogadishu')).toEqual(['@mpa/centres', '@mpa/protection']);
  });

  it('offers a coordinator the dashboard and the AVR pipeline, not registration', () => {
    expect(names(['stats:read', 'avr:read'], null)).toEqual(['@mpa/centres', '@mpa/returns', '@mpa/dashboard']);
  });

  it('keeps the cross-centre dashboard from site staff, whose indicators are their own centre’s', () => {
    expect(names(['stats:read'], 'bossaso')).not.toContain('@mpa/dashboard');
  });

  it('names every section’s micro-frontend once, under a path of its own', () => {
    expect(new Set(microFrontends.map((s) => s.name)).size).toBe(microFrontends.length);
    expect(new Set(microFrontends.map((s) => s.path)).size).toBe(microFrontends.length);
  });
});
