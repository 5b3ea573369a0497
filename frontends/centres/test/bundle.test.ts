// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { join } from 'node:path';
import { describeMicroFrontendBundle } from '@mpa/shared-deps/bundle-check';

describeMicroFrontendBundle({ dist: join(import.meta.dirname, '..', 'dist'), entry: 'centres', maxGzipBytes: 20_000 });
