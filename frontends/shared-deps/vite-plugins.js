// Build helpers shared by every package of the portal. Plain JavaScript on purpose: Vite loads
// a config's package imports with Node itself, and Node 20 cannot load TypeScript.
import react from '@vitejs/plugin-react';
import { gzipSync } from 'node:zlib';

/**
 * Bare specifiers the portal's import map provides once, from @mpa/shared-deps. Every
 * micro-frontend marks them external so one React serves the whole page.
 */
export const sharedSpecifiers = Object.freeze([
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'single-spa',
  // The portal's utility modules: one instance per page, like React.
  '@mpa/auth',
  // One Apollo Client (and cache) per page, with Apollo's React bindings: no micro-frontend
  // bundles Apollo, rxjs or graphql-js.
  '@mpa/graphql',
  '@mpa/i18n',
  '@mpa/ui',
]);

/**
 * Writes `importmap.json` next to the built files: `{ "imports": { specifier: "./file.js" } }`,
 * URLs relative to the folder the portal serves the package from. The portal merges every
 * package's fragment into the page's import map, so deploying a new version of one package
 * means replacing its folder and nothing else. Also prints the gzip size of the package's JS.
 *
 * @param {{ label: string, entries: Record<string, string> }} options
 *   label: what the size line names (`@mpa/centres 0.1.0`); entries: entry name → specifier.
 * @returns {import('vite').Plugin}
 */
export function importMapFragment({ label, entries }) {
  /** @type {string | undefined} */
  let summary;
  return {
    name: 'mpa:import-map-fragment',
    apply: 'build',
    generateBundle(_options, bundle) {
      /** @type {Record<string, string>} */
      const imports = {};
      let raw = 0;
      let gzip = 0;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        raw += Buffer.byteLength(file.code);
        gzip += gzipSync(file.code, { level: 9 }).length;
        if (!file.isEntry) continue;
        const specifier = entries[file.name];
        if (specifier === undefined) this.error(`entry "${file.name}" has no import map specifier`);
        imports[specifier] = `./${file.fileName}`;
      }
      const missing = Object.values(entries).filter((specifier) => !(specifier in imports));
      if (missing.length > 0) this.error(`no entry chunk built for ${missing.join(', ')}`);
      this.emitFile({
        type: 'asset',
        fileName: 'importmap.json',
        source: `${JSON.stringify({ imports }, null, 2)}\n`,
      });
      summary = `${label}: JS ${kB(raw)}, gzip ${kB(gzip)}`;
    },
    closeBundle() {
      // After Vite's own file list, so the total is the last thing a build log shows.
      if (summary !== undefined) console.log(summary);
    },
  };
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Runs a micro-frontend's Vite dev server inside the running portal (local development): the
 * portal's `importmap.overrides.json` points the micro-frontend's specifier at this server
 * (e.g. `"@mpa/centres": "http://127.0.0.1:5173/src/centres.tsx"`), and the rest of the page is
 * the built portal. The shared specifiers must then resolve to the very files the page's
 * import map names, or the page would hold two Reacts: they are rewritten to the portal's own
 * URLs, read from its `/importmap.json`. No hot module replacement (React Fast Refresh needs a
 * preamble in the host page): reload the page after a change.
 *
 * @param {{ portal?: string }} [options] the portal's address (default PORTAL_URL or http://127.0.0.1:8080)
 * @returns {import('vite').Plugin}
 */
export function portalDevServer({ portal = process.env['PORTAL_URL'] ?? 'http://127.0.0.1:8080' } = {}) {
  /** @type {Promise<Record<string, string>> | undefined} */
  let imports;
  const portalImports = () =>
    (imports ??= fetch(new URL('/importmap.json', portal)).then(async (res) => {
      if (!res.ok) throw new Error(`${portal}/importmap.json answered ${res.status}: start the portal first`);
      return /** @type {{ imports: Record<string, string> }} */ (await res.json()).imports;
    }));
  return {
    name: 'mpa:portal-dev-server',
    apply: 'serve',
    // Before Vite's own resolver, which would serve a second React from node_modules.
    enforce: 'pre',
    config: () => ({
      server: { cors: { origin: new URL(portal).origin } },
      // The import map has react/jsx-runtime, not the development runtime.
      oxc: { jsx: { runtime: 'automatic', development: false } },
      optimizeDeps: { exclude: [...sharedSpecifiers] },
    }),
    async resolveId(id) {
      if (!sharedSpecifiers.includes(id)) return null;
      const url = (await portalImports())[id];
      if (url === undefined) return this.error(`the portal's import map has no "${id}"`);
      // An absolute URL is left as it is: the browser loads the module the page already has.
      return { id: new URL(url, portal).href, external: true };
    },
  };
}

/**
 * The whole Vite config of a micro-frontend, so each package says only what is its own: one
 * content-hashed ES module entry (`src/<entry>.tsx`), every shared specifier external, its import
 * map fragment. `vite` (serve) runs it inside the portal through import map overrides
 * (frontends/README.md).
 *
 * @param {{ packageJson: { name: string, version: string }, entry: string, port: number }} options
 * @returns {import('vite').UserConfigFnObject}
 */
export function microFrontendConfig({ packageJson, entry, port }) {
  const label = `${packageJson.name} ${packageJson.version}`;
  return ({ command }) => ({
    plugins: command === 'build' ? [react(), importMapFragment({ label, entries: { [entry]: packageJson.name } })] : [portalDevServer()],
    // Library mode keeps `process.env.NODE_ENV` as written; the browser has no `process`.
    // Build only: vitest must keep React's development build and its warnings.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    server: { port, strictPort: true },
    build: {
      target: 'es2022',
      lib: { entry: { [entry]: `src/${entry}.tsx` }, formats: ['es'] },
      rolldownOptions: {
        // React, ReactDOM, single-spa and the portal's utility modules come from the import map
        // (@mpa/shared-deps, @mpa/graphql, @mpa/ui…): one copy per page.
        external: [...sharedSpecifiers],
        output: {
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: 'chunk-[name]-[hash].js',
          minify: true,
          comments: { annotation: false },
          // After minification, so it survives: which build this file is.
          postBanner: `/*! ${label} */`,
        },
      },
    },
  });
}
