import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { forSite } from '../src/site-document.js';

const register = parse(`
  mutation Register($input: RegisterMigrantInput!) {
    site: bossaso { registerMigrant(input: $input) { migrant { id } } }
  }
`);

describe('one document for every site', () => {
  it('sends a document written for Bossaso to the active site’s namespace, keeping the `site` alias', () => {
    const hargeisa = forSite(register, 'hargeisa');
    expect(print(hargeisa)).toContain('site: hargeisa {');
    expect(print(hargeisa)).not.toContain('bossaso');
    // The original is untouched: another micro-frontend may use it for another site.
    expect(print(register)).toContain('site: bossaso {');
  });

  it('hands back the same document object for the same site, so Apollo does its work once', () => {
    expect(forSite(register, 'mogadishu')).toBe(forSite(register, 'mogadishu'));
    expect(forSite(register, 'mogadishu')).not.toBe(forSite(register, 'hargeisa'));
  });

  it('works for a site added after the document was written', () => {
    expect(print(forSite(register, 'garowe'))).toContain('site: garowe {');
  });

  it('refuses a namespace without the `site` alias, whose answer would read differently per site', () => {
    expect(() => forSite(parse('mutation { bossaso { registerMigrant(input: {}) { migrant { id } } } }'), 'hargeisa')).toThrow(/site: bossaso/);
  });

  it('refuses a document with no site namespace, and a site code that is not one', () => {
    expect(() => forSite(parse('query { centres { code } }'), 'hargeisa')).toThrow(/no `site: bossaso/);
    expect(() => forSite(register, 'hargeisa { x }')).toThrow(/not a site code/);
  });
});
