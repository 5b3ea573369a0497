import { createServer, type Server } from 'node:http';

/**
 * A stand-in for the network between the gateway and a site: passes requests through,
 * hangs them (a site that accepts connections but never answers), or is gone (connection refused).
 */
export class SiteLink {
  mode: 'up' | 'hanging' = 'up';
  private server: Server | null = null;
  constructor(readonly port: number, private readonly target: string) {}

  async open(): Promise<void> {
    this.server = createServer(async (req, res) => {
      if (this.mode === 'hanging') return; // never answers
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const answer = await fetch(this.target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
