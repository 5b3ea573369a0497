import { execFileSync } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import { importMapFragment } from './vite-plugins.js';
import packageJson from './package.json' with { type: 'json' };

// React 19 ships CommonJS only, and a browser import map needs ES modules. So each React entry
// gets a facade module that imports the CommonJS module and re-exports every key of it. All
// facades are built in one go, so react-dom and the JSX runtime import the very same React
// chunk: two copies of React on one page break hooks.
const facades = {
  react: 'react',
  'react-dom': 'react-dom',
  'react-dom-client': 'react-dom/client',
  'react-jsx-runtime': 'react/jsx-runtime',
} as const;

// single-spa already ships an ES module; it only needs to reach the import map.
const reexports = { 'single-spa': 'single-spa' } as const;

const virtualPrefix = 'virtual:mpa-shared/';

/** Keys of each CommonJS entry as the production build exposes them (the development build has more). */
function exportedKeys(): Record<string, string[]> {
  const script = `process.stdout.write(JSON.stringify(Object.fromEntries(
    ${JSON.stringify(Object.values(facades))}.map((e) => [e, Object.keys(require(e))]))))`;
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: import.meta.dirname,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, string[]>;
}

function sharedModules(): Plugin {
  const keys = exportedKeys();
  const identifier = /^[A-Za-z_$][\w$]*$/;
  return {
    name: 'mpa:shared-modules',
    resolveId: {
      filter: { id: new RegExp(`^${virtualPrefix}`) },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: new RegExp(`^\\0${virtualPrefix}`) },
      handler(id) {
        const name = id.slice(virtualPrefix.length + 1);
        if (name in reexports) return `export * from ${JSON.stringify(reexports[name as keyof typeof reexports])};\n`;
        const entry = facades[name as keyof typeof facades];
        const names = keys[entry] ?? [];
        const invalid = names.filter((key) => !identifier.test(key) || key === 'default');
        if (invalid.length > 0) this.error(`${entry} exports keys a facade cannot name: ${invalid.join(', ')}`);
        return [
          `import cjs from ${JSON.stringify(entry)};`,
          `export default cjs;`,
          `export const { ${names.join(', ')} } = cjs;`,
          '',
        ].join('\n');
      },
    },
  };
}

const input = Object.fromEntries(
  [...Object.keys(facades), ...Object.keys(reexports)].map((name) => [name, `${virtualPrefix}${name}`]),
);

export default defineConfig({
  // Library mode keeps `process.env.NODE_ENV` as written; the browser has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [
    sharedModules(),
    importMapFragment({
      label: `${packageJson.name} ${packageJson.version}`,
      entries: { ...facades, ...reexports },
    }),
  ],
  build: {
    target: 'es2022',
    lib: { entry: input, formats: ['es'] },
    rolldownOptions: {
      input,
      output: {
        // Content-hashed names: the portal serves them as immutable.
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: 'chunk-[name]-[hash].js',
        // Library mode minifies ES output without removing whitespace; this is served to browsers.
        minify: true,
        comments: { annotation: false },
      },
    },
  },
});
