// Writes gateway/supergraph.graphql and gateway/schema.graphql; with --check, fails when they are stale.
import { sites } from '@mpa/registry';
import { readFile, writeFile } from 'node:fs/promises';
import { composeHub } from './compose.js';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../supergraph-files.js';

const graph = composeHub(sites);
const outputs = [
  [SUPERGRAPH_FILE, graph.supergraph],
  [API_SCHEMA_FILE, graph.apiSchema],
] as const;

if (process.argv.includes('--check')) {
  const stale: string[] = [];
  for (const [file, content] of outputs) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== content) stale.push(file.pathname);
  }
  if (stale.length) {
    console.error(`Stale: ${stale.join(', ')}. Run npm run compose and commit the result.`);
    process.exit(1);
  }
  console.log('supergraph and API schema are current');
} else {
  for (const [file, content] of outputs) await writeFile(file, content);
  console.log(`wrote ${outputs.map(([f]) => f.pathname).join(', ')}`);
}
