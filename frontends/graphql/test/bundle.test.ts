// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { join } from 'node:path';
import { bundledLibraries, readBundle } from '@mpa/shared-deps/bundle-check';
import { sharedSpecifiers } from '@mpa/shared-deps/vite';
import { describe, expect, it } from 'vitest';

const bundle = readBundle(join(import.meta.dirname, '..', 'dist'), '@mpa/graphql');

describe('the built @mpa/graphql', () => {
  it('is the page’s one copy of Apollo Client, rxjs and graphql-js, and no copy of React', () => {
    expect(bundle.entry).toMatch(/^\.\/graphql-[\w-]{8}\.js$/);
    expect(bundledLibraries(bundle.code).sort()).toEqual(['Apollo Client', 'graphql-js', 'rxjs']);
    expect(bundle.bareImports.filter((specifier) => !sharedSpecifiers.includes(specifier))).toEqual([]);
  });

  it('is Apollo’s production build, and never reads process.env', () => {
    expect(bundle.code).not.toMatch(/process\.env/);
    // Development-only cache warnings are left out of the production build.
    expect(bundle.code).not.toContain('Missing field');
    expect(bundle.code).not.toContain('__DEV__');
  });
});
