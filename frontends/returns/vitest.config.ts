import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    environment: 'jsdom',
    // Screens are driven click by click (user-event); on a 2-core CI runner shared with other
    // suites one such test can take longer than vitest's 5 s default without anything being wrong.
    testTimeout: 20_000,
    include: ['test/**/*.test.{ts,tsx}'],
  },
});
