import { authConfigFromEnv, createDevIssuer, demoUsers } from '@mpa/platform';
import { sites } from '@mpa/registry';
import { startGateway } from './gateway.js';
import { loadSupergraph, subgraphUrlsFromEnv } from './supergraph.js';

// The development issuer (and its login) only when given its key and not in production.
const production = process.env.NODE_ENV === 'production';
const devKey = production ? undefined : process.env.AUTH_DEV_SIGNING_KEY;
const devIssuer = devKey ? await createDevIssuer(JSON.parse(devKey)) : undefined;
const gateway = await startGateway({
  // The origin key is the hub's own secret, shared with the subgraphs (not the identity provider's).
  auth: { ...(devIssuer?.auth ?? authConfigFromEnv()), originKey: process.env.AUTH_ORIGIN_KEY },
  devLogin: devIssuer && { issuer: devIssuer, users: demoUsers(sites) },
  production,
  ...(process.env.RATE_LIMIT_PER_MINUTE ? { rateLimit: { limit: Number(process.env.RATE_LIMIT_PER_MINUTE), windowMs: 60_000 } } : {}),
  corsOrigins: process.env.CORS_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean),
  // Off by default: integrators send documents of their own (README: Security).
  persistedDocuments: { only: process.env.PERSISTED_DOCUMENTS_ONLY === 'true' },
  trustedProxies: process.env.TRUSTED_PROXIES?.split(',').map((a) => a.trim()).filter(Boolean),
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.HOST,
  subgraphUrls: subgraphUrlsFromEnv(loadSupergraph()),
});
console.log(`Gateway at ${gateway.url}`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
