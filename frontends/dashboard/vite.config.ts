import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { importMapFragment, portalDevServer, sharedSpecifiers } from '@mpa/shared-deps/vite';
import packageJson from './package.json' with { type: 'json' };

const label = `${packageJson.name} ${packageJson.version}`;

export default defineConfig(({ command }) => ({
  // `vite` (serve) runs inside the portal through its import map overrides: see frontends/README.md.
  plugins: command === 'build' ? [react(), importMapFragment({ label, entries: { dashboard: packageJson.name } })] : [portalDevServer()],
  // Library mode keeps `process.env.NODE_ENV` as written; the browser has no `process`.
  // Build only: vitest must keep React's development build and its warnings.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  server: { port: 5179, strictPort: true },
  build: {
    target: 'es2022',
    lib: { entry: { dashboard: 'src/dashboard.tsx' }, formats: ['es'] },
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
}));
