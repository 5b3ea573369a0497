// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundledLibraries, readBundle } from '@mpa/shared-deps/bundle-check';
import { describe, expect, it } from 'vitest';

const bundle = readBundle(join(import.meta.dirname, '..', 'dist'), '@mpa/auth');

describe('the built @mpa/auth', () => {
  it('is one framework-free module that imports nothing', () => {
    expect(bundle.entry).toMatch(/^\.\/auth-[\w-]{8}\.js$/);
    expect(bundledLibraries(bundle.code)).toEqual([]);
    expect(bundle.bareImports).toEqual([]);
  });

  it('stays under 2 kB gzip: every page loads it before anything else', () => {
    expect(gzipSync(bundle.code, { level: 9 }).length).toBeLessThan(2_000);
  });
});
