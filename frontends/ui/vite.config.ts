import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { importMapFragment, sharedSpecifiers } from '@mpa/shared-deps/vite';
import packageJson from './package.json' with { type: 'json' };

const label = `${packageJson.name} ${packageJson.version}`;

export default defineConfig({
  plugins: [react(), importMapFragment({ label, entries: { ui: packageJson.name } })],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    lib: { entry: { ui: 'src/ui.ts' }, formats: ['es'] },
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
