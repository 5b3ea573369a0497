import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { closeServer } from '../src/http/subgraph-server.js';

describe('graceful shutdown', () => {
  it('lets a request in flight finish, and refuses new connections', async () => {
    const server = createServer((_req, res) => setTimeout(() => res.end('done'), 300));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const inFlight = fetch(url).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    const closed = closeServer(server);
    await expect(fetch(url)).rejects.toThrow();
    expect(await inFlight).toBe('done');
    await closed;
  });

  it('cuts connections still open after the grace period', async () => {
    const server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const hanging = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).catch(() => 'cut');
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await closeServer(server, 200);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await hanging).toBe('cut');
  });
});
