// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundledLibraries, readBundle } from '@mpa/shared-deps/bundle-check';
import { describe, expect, it } from 'vitest';

const bundle = readBundle(join(import.meta.dirname, '..', 'dist'), '@mpa/root-config');

describe('the built root config', () => {
  it('is framework-free: single-spa and the utility modules from the import map, no React, no Apollo', () => {
    expect(bundle.entry).toMatch(/^\.\/root-config-[\w-]{8}\.js$/);
    expect(bundledLibraries(bundle.code)).toEqual([]);
    expect([...bundle.bareImports].sort()).toEqual(['@mpa/auth', '@mpa/i18n', 'single-spa']);
  });

  it('stays small enough to start the page quickly on a slow connection', () => {
    expect(gzipSync(bundle.code, { level: 9 }).length).toBeLessThan(6_000);
  });
});
