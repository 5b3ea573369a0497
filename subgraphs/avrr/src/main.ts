import { AVRR_PORT, sites } from '@mpa/registry';
import { runAvrrSubgraph } from './run.js';

await runAvrrSubgraph(sites, AVRR_PORT);
