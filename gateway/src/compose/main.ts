// Writes gateway/supergraph.graphql and gateway/schema.graphql (a test fails when they are stale).
import { sites } from '@mpa/registry';
import { writeFile } from 'node:fs/promises';
import { composeHub } from './compose.js';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../supergraph-files.js';

const graph = composeHub(sites);
const outputs = [
  [SUPERGRAPH_FILE, graph.supergraph],
  [API_SCHEMA_FILE, graph.apiSchema],
] as const;

for (const [file, content] of outputs) await writeFile(file, content);
console.log(`wrote ${outputs.map(([f]) => f.pathname).join(', ')}`);
