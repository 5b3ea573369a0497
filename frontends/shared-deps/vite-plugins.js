// Build helpers shared by every package of the portal. Plain JavaScript on purpose: Vite loads
// a config's package imports with Node itself, and Node 20 cannot load TypeScript.
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
