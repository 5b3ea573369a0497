// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');
let imports: Record<string, string> = {};

const fileOf = (specifier: string): string => {
  const url = imports[specifier];
  if (url === undefined) throw new Error(`${specifier} is not in the import map fragment`);
  return join(dist, url);
};

/** Relative modules a built file imports statically (minified `from"./x.js"` or `import"./x.js"`). */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g)].map((m) => join(dist, m[1] ?? ''));

/** Every file a module loads, itself included. */
const graphOf = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dependency of importsOf(file)) graphOf(dependency, seen);
  return seen;
};

/** What `require(entry)` exposes in production, as the facades were built. */
const productionKeys = (entry: string): string[] =>
  JSON.parse(
    execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(entry)}))))`], {
      cwd: import.meta.dirname,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    }),
  ) as string[];

beforeAll(() => {
  const fragment = join(dist, 'importmap.json');
  if (!existsSync(fragment)) throw new Error(`${fragment} is missing: run \`npm run build -w frontends/shared-deps\` first`);
  imports = (JSON.parse(readFileSync(fragment, 'utf8')) as { imports: Record<string, string> }).imports;
});

describe('the shared dependencies build', () => {
  it('maps every shared specifier to a content-hashed file of its own', () => {
    expect(Object.keys(imports).sort()).toEqual(['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'single-spa']);
    for (const specifier of Object.keys(imports)) {
      expect(fileOf(specifier)).toMatch(/-[\w-]{8}\.js$/);
      expect(existsSync(fileOf(specifier))).toBe(true);
    }
  });

  it('gives react-dom and react-dom/client the same React module the react facade exports', () => {
    const reactChunks = [...graphOf(fileOf('react'))].filter((file) => file !== fileOf('react'));
    const reactCore = reactChunks.filter((file) => readFileSync(file, 'utf8').includes('react.transitional.element'));
    expect(reactCore).toHaveLength(1);
    expect(graphOf(fileOf('react-dom/client')).has(reactCore[0] ?? '')).toBe(true);
    expect(graphOf(fileOf('react-dom')).has(reactCore[0] ?? '')).toBe(true);
  });

  it.each(['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'])(
    're-exports every key of the CommonJS %s, plus the module as default',
    async (specifier) => {
      const facade = (await import(/* @vite-ignore */ pathToFileURL(fileOf(specifier)).href)) as Record<string, unknown>;
      const keys = productionKeys(specifier);
      expect(Object.keys(facade).filter((key) => key !== 'default').sort()).toEqual([...keys].sort());
      const module = facade['default'] as Record<string, unknown>;
      for (const key of keys) expect(facade[key], key).toBe(module[key]);
    },
  );

  it('serves single-spa as an ES module', async () => {
    const singleSpa = (await import(/* @vite-ignore */ pathToFileURL(fileOf('single-spa')).href)) as Record<string, unknown>;
    expect(typeof singleSpa['registerApplication']).toBe('function');
    expect(typeof singleSpa['start']).toBe('function');
  });
});
