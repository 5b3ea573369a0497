import { describe, expect, it } from 'vitest';
import { globalId, parseGlobalId, requireSiteId } from '../src/graphql/ids.js';
import { parseDate } from '../src/graphql/scalars.js';
import { cleanText, InputCheck } from '../src/graphql/validation.js';

const uuid = '0b6f8f3e-1d2c-4a5b-9c8d-7e6f5a4b3c2d';

describe('global IDs', () => {
  it('carry the site that owns the record', () => {
    expect(parseGlobalId(globalId('hargeisa', uuid))).toEqual({ site: 'hargeisa', local: uuid });
  });

  it('reject malformed and injected values', () => {
    for (const bad of ['', 'bossaso', `bossaso:${uuid}'; DROP TABLE migrant;--`, `:${uuid}`, `Bossaso:${uuid}`, 'bossaso:1']) {
      expect(parseGlobalId(bad)).toBeNull();
    }
  });

  it('refuse a record of another site when one site is expected', () => {
    expect(requireSiteId(`bossaso:${uuid}`, 'bossaso')).toBe(uuid);
    expect(() => requireSiteId(`hargeisa:${uuid}`, 'bossaso')).toThrow(/not a bossaso identifier/);
  });
});

describe('Date scalar', () => {
  it('accepts calendar dates and refuses impossible ones', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', 20260101, null, '2026-01-01T00:00:00Z']) {
      expect(() => parseDate(bad)).toThrow(/YYYY-MM-DD/);
    }
  });
});

describe('input checks', () => {
  it('clean whitespace and control characters and normalise Unicode', () => {
    expect(cleanText('  Abdi \u0000 Kedir\n ')).toBe('Abdi Kedir');
    expect(cleanText('   ')).toBeNull();
    expect(cleanText('Cafe\u0301')).toBe('Café');
  });

  it('collect every problem before refusing, with field paths', () => {
    const check = new InputCheck();
    check.requiredText('givenName', ' ');
    check.optionalText('alias', 'x'.repeat(201));
    check.pastDate('arrivalDate', '2999-01-01');
    expect(() => check.done()).toThrow(/givenName: is required; input.alias: must be at most 200 characters; input.arrivalDate: cannot be in the future/);
    expect(check.problems.map((p) => p.field)).toEqual(['input.givenName', 'input.alias', 'input.arrivalDate']);
  });
});
