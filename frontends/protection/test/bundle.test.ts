// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLibraries, readBundle } from '@mpa/shared-deps/bundle-check';
import { sharedSpecifiers } from '@mpa/shared-deps/vite';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');
let bundle: ReturnType<typeof readBundle>;

beforeAll(() => {
  bundle = readBundle(dist, '@mpa/protection');
});

describe('the built protection micro-frontend', () => {
  it('is one content-hashed entry named in its import map fragment', () => {
    expect(bundle.entry).toMatch(/^\.\/protection-[\w-]{8}\.js$/);
    expect(existsSync(join(dist, bundle.entry))).toBe(true);
  });

  it('carries no copy of React, Apollo Client, rxjs or graphql-js: they come from the import map', () => {
    expect(bundledLibraries(bundle.code)).toEqual([]);
    expect(bundle.bareImports).toContain('react');
    expect(bundle.bareImports).toContain('@mpa/graphql');
    expect(bundle.bareImports.filter((specifier) => !sharedSpecifiers.includes(specifier))).toEqual([]);
  });

  // Four service areas (UAM, VoT, psychosocial support, referrals and transfers) with some twenty
  // screens and forms: about 29 kB, of which the typed documents are 2 kB.
  it('stays small: well below 60 kB gzip, for slow connections', () => {
    expect(gzipSync(bundle.code, { level: 9 }).length).toBeLessThan(32_000);
  });

  it('never reads process.env, which browsers do not have', () => {
    expect(bundle.code).not.toMatch(/process\.env/);
  });
});
