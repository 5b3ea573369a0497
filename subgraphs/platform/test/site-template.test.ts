import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderSiteResolvers, renderSiteSchema } from '../src/graphql/site-template.js';
import { defineSite } from '../src/sites.js';

const bossaso = defineSite({ code: 'bossaso', name: 'Bossaso', openedOn: '2009-05-01', port: 1, database: 'mpa_bossaso' });
const garowe = defineSite({ code: 'garowe', name: 'Garowe', openedOn: '2027-01-01', port: 2, database: 'mpa_garowe' });

const template = parse(`
  interface Centre { code: ID! }
  type SiteCentre implements Centre { code: ID! migrants: [SiteMigrant!]! }
  type SiteMigrant { id: ID! centre: SiteCentre! }
  type Shared { n: Int }
  type SiteMutations { ping: Int }
  type Mutation { site: SiteMutations! }
`);

describe('site templates', () => {
  it('give each site its own type names and mutation namespace', () => {
    const sdl = print(renderSiteSchema(template, [bossaso]));
    expect(sdl).toContain('type BossasoCentre implements Centre');
    expect(sdl).toContain('migrants: [BossasoMigrant!]!');
    expect(sdl).toContain('centre: BossasoCentre!');
    expect(sdl).toContain('bossaso: SiteMutations!');
    expect(sdl).not.toMatch(/\bSiteCentre\b|\bSiteMigrant\b|\bsite:/);
  });

  it('repeat template types once per site and keep shared types once', () => {
    const sdl = print(renderSiteSchema(template, [bossaso, garowe]));
    expect(sdl.match(/type \w+Centre implements Centre/g)).toEqual(['type BossasoCentre implements Centre', 'type GaroweCentre implements Centre']);
    expect(sdl.match(/type Shared/g)).toHaveLength(1);
  });

  it('rename resolvers the same way', () => {
    const ns = () => ({});
    const rendered = renderSiteResolvers({ SiteCentre: { code: 1 }, Mutation: { site: ns, other: 2 }, Query: { q: 3 } }, [bossaso, garowe]);
    expect(rendered).toEqual({ BossasoCentre: { code: 1 }, GaroweCentre: { code: 1 }, Mutation: { other: 2, bossaso: ns, garowe: ns }, Query: { q: 3 } });
  });

  it('refuse site codes that cannot name types and IDs', () => {
    expect(() => defineSite({ code: 'Bad Code', name: 'x', openedOn: '2020-01-01', port: 1, database: 'x' })).toThrow();
  });
});
