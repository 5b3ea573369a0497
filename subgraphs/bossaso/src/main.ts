import { runSiteSubgraph } from '@mpa/mrc';
import { site } from './site.js';

await runSiteSubgraph(site);
