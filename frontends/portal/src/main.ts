// Runs the portal from the environment: PORTAL_PORT (8080), HOST (127.0.0.1), GATEWAY_URL,
// PORTAL_DEPLOY_DIR (a folder written by src/deploy.ts; default: each package's own dist/).
// Outside NODE_ENV=production, importmap.overrides.json next to this package (if present)
// points chosen specifiers at a micro-frontend's dev server: see frontends/README.md.
import { join } from 'node:path';
import { startPortal } from './server.js';

const development = process.env['NODE_ENV'] !== 'production';
const deployDir = process.env['PORTAL_DEPLOY_DIR'];
const portal = await startPortal({
  port: Number(process.env['PORTAL_PORT'] ?? 8080),
  host: process.env['HOST'] ?? '127.0.0.1',
  gatewayUrl: process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000/graphql',
  ...(deployDir ? { deployDir } : {}),
  ...(development ? { overrides: join(import.meta.dirname, '..', 'importmap.overrides.json') } : {}),
});
console.log(`MPA hub portal on ${portal.url}${development ? ' (development: importmap.overrides.json applies)' : ''}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void portal.close().then(() => process.exit(0));
  });
}
