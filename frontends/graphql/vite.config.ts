import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { importMapFragment, sharedSpecifiers } from '@mpa/shared-deps/vite';
import packageJson from './package.json' with { type: 'json' };

const label = `${packageJson.name} ${packageJson.version}`;

export default defineConfig({
  plugins: [react(), importMapFragment({ label, entries: { graphql: packageJson.name } })],
  // Apollo's production build (`__DEV__` false: no dev-only warnings and messages).
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    // Apollo Client, rxjs and graphql-js are inside this one module: the page loads them once.
    lib: { entry: { graphql: 'src/graphql.tsx' }, formats: ['es'] },
    rolldownOptions: {
      external: [...sharedSpecifiers],
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: 'chunk-[name]-[hash].js',
        minify: true,
        comments: { annotation: false },
        postBanner: `/*! ${label} */`,
      },
    },
  },
});
