import { defineConfig } from 'vite';
import { importMapFragment, sharedSpecifiers } from '@mpa/shared-deps/vite';
import packageJson from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [importMapFragment({ label: `${packageJson.name} ${packageJson.version}`, entries: { i18n: packageJson.name } })],
  build: {
    target: 'es2022',
    lib: { entry: { i18n: 'src/i18n.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [...sharedSpecifiers],
      output: { entryFileNames: '[name]-[hash].js', chunkFileNames: 'chunk-[name]-[hash].js', minify: true, comments: { annotation: false } },
    },
  },
});
