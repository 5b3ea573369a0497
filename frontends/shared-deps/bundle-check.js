// For every package's bundle test: what a built micro-frontend may and may not contain.
// Plain JavaScript, like vite-plugins.js, so tests and configs alike can load it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sharedSpecifiers } from './vite-plugins.js';

/**
 * Strings only a bundled copy of each shared library contains (they survive minification).
 * A micro-frontend gets these libraries from the import map, so none may appear in its build.
 */
export const libraryMarkers = Object.freeze({
  React: ['react.production', '__CLIENT_INTERNALS_DO_NOT_USE', '__DOM_INTERNALS_DO_NOT_USE', 'react.transitional.element'],
  'Apollo Client': ['ROOT_QUERY', '__APOLLO_CONTEXT__'],
  rxjs: ['ObjectUnsubscribedError'],
  'graphql-js': ['GraphQLError'],
});

/**
 * A built package as its bundle test sees it: the entry its import map fragment names, all of
 * its JavaScript, and the bare specifiers that JavaScript imports.
 *
 * @param {string} dist the package's dist/ folder
 * @param {string} specifier the package's own import map specifier
 */
export function readBundle(dist, specifier) {
  const fragment = join(dist, 'importmap.json');
  if (!existsSync(fragment)) throw new Error(`${fragment} is missing: build ${specifier} first`);
  /** @type {{ imports: Record<string, string> }} */
  const { imports } = JSON.parse(readFileSync(fragment, 'utf8'));
  const code = readdirSync(dist)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dist, file), 'utf8'))
    .join('\n');
  // Minified output writes module specifiers in double quotes: `from"react"`, `import("x")`.
  const bare = [...code.matchAll(/\bfrom\s*"([^"]+)"|\bimport\s*\(?\s*"([^"]+)"/g)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((name) => !name.startsWith('.'));
  return { entry: imports[specifier] ?? '', code, bareImports: [...new Set(bare)] };
}

/**
 * The shared libraries whose markers appear in `code`.
 *
 * @param {string} code
 * @returns {string[]}
 */
export function bundledLibraries(code) {
  return Object.entries(libraryMarkers)
    .filter(([, markers]) => markers.some((marker) => code.includes(marker)))
    .map(([name]) => name);
}

/**
 * The checks every micro-frontend's build must pass, as one suite: a content-hashed entry named in
 * its import map fragment, no copy of a shared library, imports only of shared specifiers, small
 * enough for slow connections (`maxGzipBytes`, the whole bundle; omit it when `more` checks size
 * its own way), and no `process.env`. `more(bundle)` adds the package's own checks to the suite.
 *
 * @param {{ dist: string, entry: string, maxGzipBytes?: number }} options
 * @param {(bundle: () => ReturnType<typeof readBundle>) => void} [more]
 */
export function describeMicroFrontendBundle({ dist, entry, maxGzipBytes }, more) {
  const specifier = `@mpa/${entry}`;
  /** @type {ReturnType<typeof readBundle> | undefined} */
  let bundle;
  const built = () => {
    bundle ??= readBundle(dist, specifier);
    return bundle;
  };
  describe(`the built ${entry} micro-frontend`, () => {
    it('is one content-hashed entry named in its import map fragment', () => {
      expect(built().entry).toMatch(new RegExp(`^\\./${entry}-[\\w-]{8}\\.js$`));
      expect(existsSync(join(dist, built().entry))).toBe(true);
    });

    it('carries no copy of React, Apollo Client, rxjs or graphql-js: they come from the import map', () => {
      expect(bundledLibraries(built().code)).toEqual([]);
      expect(built().bareImports).toContain('react');
      expect(built().bareImports).toContain('@mpa/graphql');
      expect(built().bareImports.filter((imported) => !sharedSpecifiers.includes(imported))).toEqual([]);
    });

    if (maxGzipBytes !== undefined) {
      it(`stays small for slow connections: under ${Math.round(maxGzipBytes / 1000)} kB gzip (the budget is 60 kB)`, () => {
        expect(gzipSync(built().code, { level: 9 }).length).toBeLessThan(maxGzipBytes);
      });
    }

    it('never reads process.env, which browsers do not have', () => {
      expect(built().code).not.toMatch(/process\.env/);
    });

    more?.(built);
  });
}
