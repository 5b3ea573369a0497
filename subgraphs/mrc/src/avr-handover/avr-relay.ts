import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, recordAudit, type SiteConfig, type Viewer } from '@mpa/platform';
import { AvrOutbox, type AvrOutboxRecord } from './avr-outbox.entity.js';

/** Where the relay delivers AVR requests: the AVRR subgraph itself (service to service, not the gateway). */
export interface AvrrTarget {
  /** The AVRR subgraph's GraphQL URL. */
  url: string;
  /** The centre's service-account access token (scope avr:intake), fetched anew for each delivery. */
  token: () => Promise<string>;
}

export interface AvrRelayOptions {
  /** How often to look for due rows. */
  pollIntervalMs?: number;
  /** Delay after the first failure; doubles with every further failure. */
  baseDelayMs?: number;
  /** The longest wait between two attempts. */
  maxDelayMs?: number;
  /** How long one delivery may take. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

const RECEIVE = /* GraphQL */ `
  mutation ReceiveAvrReferral($input: AvrReferralInput!) {
    receiveAvrReferral(input: $input) { created avrCase { id } }
  }
`;

/** Added to the delivery timeout: how long a claimed row stays invisible to other relays. */
const LEASE_MARGIN_SECONDS = 30;

/**
 * AVRR's answers that no retry can change: the referral itself is invalid, or this centre may not
 * make it. Anything else (AVRR down, its database unavailable, a timeout, a bad token) is retried.
 */
const PERMANENT_REFUSALS = new Set(['BAD_USER_INPUT', 'FORBIDDEN']);

/** AVRR answered with a GraphQL error instead of a case. */
class AvrrRefusal extends Error {
  constructor(message: string, readonly permanent: boolean) {
    super(message);
  }
}

/** Back-off after `attempts` failed deliveries: base · 2^(attempts−1), capped. */
export function backoffMs(attempts: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers the centre's pending AVR requests to AVRR until AVRR confirms each (at-least-once;
 * AVRR de-duplicates on the referral ID), or refuses one for good (then FAILED). One row at a time,
 * claimed with SKIP LOCKED and leased, so two relays on one database never deliver the same row at once.
 */
export class AvrRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly relayViewer: Viewer;
  private readonly options: Required<Omit<AvrRelayOptions, 'log'>> & { log: (line: string) => void };

  constructor(private readonly em: EntityManager, private readonly site: SiteConfig, private readonly target: AvrrTarget, options: AvrRelayOptions = {}) {
    this.options = {
      pollIntervalMs: options.pollIntervalMs ?? 2000,
      baseDelayMs: options.baseDelayMs ?? 2000,
      maxDelayMs: options.maxDelayMs ?? 10 * 60_000,
      timeoutMs: options.timeoutMs ?? 10_000,
      log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    };
    this.relayViewer = { subject: `service@${site.code}`, name: `${site.name} AVR hand-over relay`, roles: ['site-service'], scopes: new Set(), site: site.code };
  }

  /** Starts polling. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for a delivery in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Looks for due rows now (e.g. right after a request was recorded). */
  nudge(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.deliverDue()
        .then(() => undefined)
        .catch((err: unknown) => this.options.log(`[${this.site.code}] AVR relay: ${String(err)}`))
        .finally(() => {
          this.running = null;
          this.schedule(this.options.pollIntervalMs);
        });
    }, delay);
  }

  /** Delivers every row that is due; returns how many were delivered. */
  async deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      if (this.stopped) break;
      const outcome = await this.deliverOne();
      if (outcome === 'none') break;
      if (outcome === 'delivered') delivered++;
    }
    return delivered;
  }

  /**
   * Claims one due row, tries to deliver it and records the outcome. The claim is one short
   * statement (SKIP LOCKED, then the row is leased by moving its next attempt past the delivery
   * timeout), so no row lock or transaction is held while AVRR is called: a slow AVRR ties up no
   * database connection, and a relay that dies mid-delivery leaves the row due again when the lease ends.
   */
  async deliverOne(): Promise<'none' | 'delivered' | 'failed' | 'refused'> {
    const em = this.em.fork();
    const leaseSeconds = Math.ceil(this.options.timeoutMs / 1000) + LEASE_MARGIN_SECONDS;
    const [claimed] = await em.getConnection().execute<{ id: string }[]>(
      `UPDATE avr_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?), version = version + 1
       WHERE id = (SELECT id FROM avr_outbox WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [leaseSeconds],
    );
    if (!claimed) return 'none';
    const request = await em.findOneOrFail(AvrOutbox, { id: claimed.id });
    let outcome: { avrCaseId: string } | { error: string; permanent: boolean };
    try {
      outcome = { avrCaseId: await this.send(request) };
    } catch (err) {
      outcome = { error: err instanceof Error ? err.message : String(err), permanent: err instanceof AvrrRefusal && err.permanent };
    }
    return em.transactional(async (tx) => {
      // The version check refuses the write if the row changed since the claim (it cannot while leased).
      const row = await tx.findOneOrFail(AvrOutbox, { id: request.id, version: request.version });
      const entityId = globalId(this.site.code, row.migrantId);
      if ('avrCaseId' in outcome) {
        tx.assign(row, { status: 'DELIVERED', lastError: null, deliveredAt: new Date(), avrCaseId: outcome.avrCaseId });
        await tx.flush();
        await recordAudit(tx, {
          viewer: this.relayViewer, action: 'update', entity: 'AvrRequest', entityId,
          changes: [{ field: 'avrRequest.status', from: 'PENDING', to: 'DELIVERED' }, { field: 'avrRequest.avrCaseId', from: null, to: outcome.avrCaseId }],
        });
        return 'delivered';
      }
      const lastError = outcome.error.slice(0, 500);
      if (outcome.permanent) {
        // Retrying cannot help: the request is closed as FAILED, and the centre may request AVR again.
        tx.assign(row, { status: 'FAILED', lastError });
        await tx.flush();
        await recordAudit(tx, { viewer: this.relayViewer, action: 'update', entity: 'AvrRequest', entityId, changes: [{ field: 'avrRequest.status', from: 'PENDING', to: 'FAILED' }] });
        this.options.log(`[${this.site.code}] AVR hand-over ${row.id} refused by AVRR, marked FAILED: ${outcome.error}`);
        return 'refused';
      }
      const wait = backoffMs(row.attempts, this.options.baseDelayMs, this.options.maxDelayMs);
      tx.assign(row, { lastError, nextAttemptAt: new Date(Date.now() + wait) });
      await tx.flush();
      this.options.log(`[${this.site.code}] AVR hand-over ${row.id} failed (attempt ${row.attempts}, next in ${wait} ms): ${outcome.error}`);
      return 'failed';
    });
  }

  /** One call of AVRR's receiveAvrReferral; throws unless AVRR confirms with a case. */
  private async send(request: AvrOutboxRecord): Promise<string> {
    const token = await this.target.token();
    const res = await fetch(this.target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal: AbortSignal.timeout(this.options.timeoutMs),
      body: JSON.stringify({
        query: RECEIVE,
        variables: {
          input: {
            referralId: globalId(this.site.code, request.id),
            migrantId: globalId(this.site.code, request.migrantId),
            destinationCountry: request.destinationCountry,
            destinationRegion: request.destinationRegion,
            requestedAt: request.requestedAt.toISOString(),
            isUnaccompaniedChild: request.isUnaccompaniedChild,
            consentRecordedAt: request.consentRecordedAt.toISOString(),
          },
        },
        // Subgraphs take the caller's identity from here (as the gateway forwards it).
        extensions: { jwt: { token: { value: token, prefix: 'Bearer' } } },
      }),
    });
    const text = await res.text();
    let body: { data?: { receiveAvrReferral?: { avrCase?: { id?: string } } } | null; errors?: { message: string; extensions?: { code?: string } }[] } | null = null;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`AVRR answered HTTP ${res.status} without GraphQL: ${text.slice(0, 200)}`);
    }
    const id = body?.data?.receiveAvrReferral?.avrCase?.id;
    if (id) return id;
    const error = body?.errors?.[0];
    if (!error) throw new Error(`AVRR answered HTTP ${res.status} without a case`);
    const code = error.extensions?.code ?? 'ERROR';
    throw new AvrrRefusal(`AVRR refused (${code}): ${error.message}`, PERMANENT_REFUSALS.has(code));
  }
}
