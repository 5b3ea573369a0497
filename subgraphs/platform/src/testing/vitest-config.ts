import { createRequire } from 'node:module';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Vitest settings every backend workspace shares. `graphql` is pinned to the one copy Node itself
 * loads (Apollo's packages `require` it): Vite would otherwise pick its ESM build, and two copies
 * of graphql-js refuse each other's schemas and errors.
 */
export function backendTestConfig(options: { database?: boolean } = {}): ViteUserConfig {
  return defineConfig({
    resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
    test: {
      include: ['test/**/*.test.ts'],
      globalSetup: options.database ? ['@mpa/platform/testing/global-setup'] : [],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    },
  });
}
