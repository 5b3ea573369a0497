import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the link treats the requests it carries. */
export interface LinkFaults {
  /** Holds each answer this long after the far side gave it (a slow or congested link). */
  answerDelayMs: number;
  /** Lets requests reach the far side but cuts the connection before the answer comes back. */
  dropAnswers: boolean;
}

/**
 * A stand-in for the network between two processes of the hub, on loopback: passes HTTP POSTs
 * through to `target`, slowly, or losing the answers, or refuses connections while `down`.
 * Counts what it carried, so a fault run can say what was sent and what came back.
 */
export class FaultyLink {
  faults: LinkFaults = { answerDelayMs: 0, dropAnswers: false };
  /** Requests that reached the far side, and answers that came back to the caller. */
  readonly carried = { requests: 0, answers: 0 };
  private server: Server | null = null;
  private target = '';

  private constructor(readonly port: number) {}

  /** Opens a link on `port` (0 for a free one) to `target`, or to nothing yet (see `to`). */
  static async open(port = 0, target = ''): Promise<FaultyLink> {
    const listening = await listen(port);
    const link = new FaultyLink((listening.address() as AddressInfo).port);
    link.target = target;
    link.attach(listening);
    return link;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  /** Points the link at another far side. */
  to(target: string): void {
    this.target = target;
  }

  /** The link fails: new connections are refused (as a router or cable gone). */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** The link is back, on the same port. */
  async up(): Promise<void> {
    if (!this.server) this.attach(await listen(this.port));
  }

  close(): Promise<void> {
    return this.down();
  }

  private attach(server: Server): void {
    this.server = server;
    server.on('request', (req, res) => {
      void (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const forwarded = Object.fromEntries(Object.entries(req.headers).filter(([name]) => ['content-type', 'x-request-id'].includes(name)).map(([k, v]) => [k, String(v)]));
        this.carried.requests++;
        const answer = await fetch(this.target, { method: req.method, headers: forwarded, body: Buffer.concat(chunks) });
        const body = Buffer.from(await answer.arrayBuffer());
        const { answerDelayMs, dropAnswers } = this.faults;
        if (answerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, answerDelayMs));
        if (dropAnswers) {
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(body);
        this.carried.answers++;
      })().catch(() => {
        // The far side is unreachable: the caller sees the connection cut, as across a real link.
        req.socket.destroy();
      });
    });
  }
}

function listen(port: number): Promise<Server> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
