import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // The browser test runs the gateway in this process. Its packages `require` graphql; Vite
  // would give the gateway's own sources graphql's ESM build, and two copies of graphql-js
  // refuse each other's schemas. One copy: the one Node loads.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    environment: 'node',
    // Each browser test starts a whole hub (PostgreSQL, four subgraphs, the gateway): one at a time.
    fileParallelism: false,
    include: ['test/**/*.test.ts'],
  },
});
