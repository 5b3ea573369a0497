// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { join } from 'node:path';
import { describeMicroFrontendBundle } from '@mpa/shared-deps/bundle-check';

// Four service areas (UAM, VoT, psychosocial support, referrals and transfers) with some twenty
// screens and forms: about 29 kB, of which the typed documents are 2 kB.
describeMicroFrontendBundle({ dist: join(import.meta.dirname, '..', 'dist'), entry: 'protection', maxGzipBytes: 32_000 });
