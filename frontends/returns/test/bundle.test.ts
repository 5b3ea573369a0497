// @vitest-environment node
// Checks the built dist/: run `npm run build` first (turbo's `test` task depends on `build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeMicroFrontendBundle } from '@mpa/shared-deps/bundle-check';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');

/** The entry and every file it imports statically: what the board needs before it shows (the other pages load on demand). */
function initialFiles(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(/\bfrom\s*"\.\/([^"]+)"|\bimport\s*"\.\/([^"]+)"/g)) initialFiles(match[1] ?? match[2] ?? '', seen);
  return seen;
}
const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

describeMicroFrontendBundle({ dist, entry: 'returns' }, (built) => {
  // Measured 2026-12-01, as gzipped here (files joined): the board 20.3 kB (the messages of both
  // languages about half of it, the documents' persisted hashes about 1 kB), every page 33.3 kB
  // (the build's sum of each file's gzip: 37.4 kB).
  it('stays small for slow connections: the board under 22 kB gzip, every page together under 40 kB', () => {
    const bundle = built();
    const initial = [...initialFiles(bundle.entry.slice(2))];
    // The case file, the movements and opening a case are split off: more files than the entry's own.
    expect(initial.length).toBeGreaterThan(1);
    expect(initial.length).toBeLessThan(bundle.code.split('/*! @mpa/returns').length - 1);
    expect(gzipSize(initial.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n'))).toBeLessThan(22_000);
    expect(gzipSize(bundle.code)).toBeLessThan(40_000);
  });
});
