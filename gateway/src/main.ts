import { startGateway } from './gateway.js';
import { loadSupergraph, subgraphUrlsFromEnv } from './supergraph.js';

const gateway = await startGateway({
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.HOST,
  subgraphUrls: subgraphUrlsFromEnv(loadSupergraph()),
});
console.log(`Gateway at ${gateway.url}`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
