// Adds up every workspace's vitest JSON report into the one closing line CI reads.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const status = Number(process.argv[2] ?? 0);
const roots = ['gateway', ...['subgraphs', 'frontends'].flatMap((d) => readdirSync(d).map((p) => join(d, p)))];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of roots) {
  const file = join(dir, 'test-results', 'vitest.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  console.log(`${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
if (status !== 0 && failed === 0) {
  console.log('npm test failed outside the test runner (codegen, typecheck or a suite that could not start)');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
