import { describe, expect, it } from 'vitest';
import { microFrontends, sectionsFor } from '../src/micro-frontends.js';

describe('the sections a user is offered', () => {
  it('offers registration to a caseworker, who may write cases', () => {
    expect(sectionsFor(['cases:read', 'cases:write', 'stats:read']).map((s) => s.name)).toEqual(['@mpa/centres', '@mpa/registration']);
  });

  it('does not offer registration to a coordinator, who only reads', () => {
    expect(sectionsFor(['stats:read', 'cases:read']).map((s) => s.name)).toEqual(['@mpa/centres']);
  });

  it('names every section’s micro-frontend once, under a path of its own', () => {
    expect(new Set(microFrontends.map((s) => s.name)).size).toBe(microFrontends.length);
    expect(new Set(microFrontends.map((s) => s.path)).size).toBe(microFrontends.length);
  });
});
