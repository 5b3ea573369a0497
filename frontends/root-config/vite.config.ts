import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { importMapFragment, sharedSpecifiers } from '@mpa/shared-deps/vite';
import packageJson from './package.json' with { type: 'json' };

/** index.html is a template the portal server fills in (import map, CSP nonce); ship it as it is. */
function indexHtml(): Plugin {
  return {
    name: 'mpa:index-html',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync(new URL('index.html', import.meta.url), 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [
    indexHtml(),
    importMapFragment({ label: `${packageJson.name} ${packageJson.version}`, entries: { 'root-config': packageJson.name } }),
  ],
  build: {
    target: 'es2022',
    lib: { entry: { 'root-config': 'src/root-config.ts' }, formats: ['es'] },
    rolldownOptions: {
      // From the import map at run time: single-spa must be the one instance the micro-frontends see.
      external: [...sharedSpecifiers],
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: 'chunk-[name]-[hash].js',
        minify: true,
        comments: { annotation: false },
      },
    },
  },
});
