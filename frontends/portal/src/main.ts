// Runs the portal from the environment: PORTAL_PORT (8080), HOST (127.0.0.1), GATEWAY_URL.
import { startPortal } from './server.js';

const portal = await startPortal({
  port: Number(process.env['PORTAL_PORT'] ?? 8080),
  host: process.env['HOST'] ?? '127.0.0.1',
  gatewayUrl: process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000/graphql',
});
console.log(`MPA hub portal on ${portal.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void portal.close().then(() => process.exit(0));
  });
}
