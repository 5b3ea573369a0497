// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedSpecifiers } from '@mpa/shared-deps/vite';
import { beforeAll, describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');
let code = '';
let entry = '';

beforeAll(() => {
  const fragment = join(dist, 'importmap.json');
  if (!existsSync(fragment)) throw new Error(`${fragment} is missing: run \`npm run build -w frontends/centres\` first`);
  const { imports } = JSON.parse(readFileSync(fragment, 'utf8')) as { imports: Record<string, string> };
  entry = imports['@mpa/centres'] ?? '';
  code = readdirSync(dist)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dist, file), 'utf8'))
    .join('\n');
});

describe('the built centres micro-frontend', () => {
  it('is one content-hashed entry named in its import map fragment', () => {
    expect(entry).toMatch(/^\.\/centres-[\w-]{8}\.js$/);
    expect(existsSync(join(dist, entry))).toBe(true);
  });

  it('carries no copy of React: React, ReactDOM and single-spa come from the import map', () => {
    for (const marker of ['react.production', '__CLIENT_INTERNALS_DO_NOT_USE', '__DOM_INTERNALS_DO_NOT_USE', 'react.transitional.element']) {
      expect(code, marker).not.toContain(marker);
    }
    // Minified output writes module specifiers in double quotes: `from"react"`, `import("x")`.
    const bare = [...code.matchAll(/\bfrom\s*"([^"]+)"|\bimport\s*\(?\s*"([^"]+)"/g)]
      .map((match) => match[1] ?? match[2] ?? '')
      .filter((specifier) => !specifier.startsWith('.'));
    expect(bare).toContain('react');
    expect(new Set(bare)).toEqual(new Set(bare.filter((specifier) => sharedSpecifiers.includes(specifier))));
  });

  it('never reads process.env, which browsers do not have', () => {
    expect(code).not.toMatch(/process\.env/);
  });
});
