// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { join } from 'node:path';
import { bundledLibraries, readBundle } from '@mpa/shared-deps/bundle-check';
import { sharedSpecifiers } from '@mpa/shared-deps/vite';
import { describe, expect, it } from 'vitest';

const bundle = readBundle(join(import.meta.dirname, '..', 'dist'), '@mpa/ui');

describe('the built @mpa/ui', () => {
  it('ships its components and styles in one module, with React from the import map', () => {
    expect(bundle.entry).toMatch(/^\.\/ui-[\w-]{8}\.js$/);
    expect(bundledLibraries(bundle.code)).toEqual([]);
    expect(bundle.bareImports).toContain('react');
    expect(bundle.bareImports.filter((specifier) => !sharedSpecifiers.includes(specifier))).toEqual([]);
    expect(bundle.code).toContain('.mpa-ui');
  });
});
