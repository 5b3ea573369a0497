import { databaseUrl, queryDatabase } from '@mpa/platform';
import type { TestHub } from '../../testing/hub.js';
import type { FaultyLink, LinkFaults } from '../faulty-link.js';
import { migrantReadyForAvr, requestAvr } from '../hub-client.js';
import { waitFor } from './wait.js';

/** A hub whose centres reach AVRR through `link`, on a server the run can read directly. */
export interface HandoverRig {
  hub: TestHub;
  serverUrl: string;
  link: FaultyLink;
  /** The centres' relay delivery timeout (the hub is started with it). */
  relayTimeoutMs: number;
}

/** What one fault did to the AVR hand-over: sent, arrived, lost. */
export interface HandoverRun {
  fault: string;
  /** AVR requests the centres acknowledged to the caseworkers. */
  acknowledged: number;
  /** AVR cases in AVRR for those migrants when the fault ended (AVRR back, link healed). */
  casesWhenFaultEnded: number;
  /** …and once every request was delivered. */
  casesAfter: number;
  /** Migrants with more than one AVR case (must be 0). */
  duplicates: number;
  /** Acknowledged requests without an AVR case at the end (must be 0). */
  lost: number;
  /** Delivery attempts per request: the most, and all together (retries with back-off). */
  attempts: { max: number; total: number };
  /** Site database sessions left idle in a transaction for over 0.5 s while AVRR was slow (0: no row lock held across the call). */
  idleInTransaction: number;
  seconds: number;
}

interface Handed {
  site: string;
  migrantId: string;
  /** The outbox row (local UUID). */
  requestId: string;
}

/**
 * The AVR hand-over under faults: each scenario prepares migrants at every centre, requests AVR for
 * them during the fault, ends the fault, waits for the outbox to deliver everything, and counts
 * AVRR's cases per migrant (exactly one each).
 */
export class HandoverFaults {
  private tokens = new Map<string, string>();
  private counter = 0;

  constructor(private readonly rig: HandoverRig) {}

  private get sites(): string[] {
    return Object.keys(this.rig.hub.databases).filter((name) => name !== 'avrr');
  }

  private async token(site: string): Promise<string> {
    if (!this.tokens.has(site)) this.tokens.set(site, await this.rig.hub.tokenFor(`caseworker@${site}`));
    return this.tokens.get(site)!;
  }

  /** `count` migrants, spread over the centres, ready for AVR. */
  private async prepare(count: number, label: string): Promise<{ site: string; migrantId: string }[]> {
    const ready: { site: string; migrantId: string }[] = [];
    for (let i = 0; i < count; i++) {
      const site = this.sites[i % this.sites.length]!;
      ready.push({ site, migrantId: await migrantReadyForAvr(this.rig.hub.gatewayUrl, await this.token(site), site, `${label}${++this.counter}`) });
    }
    return ready;
  }

  /** Requests AVR for one migrant; returns the acknowledged request, or null if the centre refused it. */
  private async request(migrant: { site: string; migrantId: string }): Promise<Handed | null> {
    const answer = await requestAvr(this.rig.hub.gatewayUrl, await this.token(migrant.site), migrant.site, migrant.migrantId, `fault-run:${migrant.migrantId}`);
    const id = answer.data?.[migrant.site]?.requestAvr.avrRequest.id;
    return id && !answer.errors.length ? { ...migrant, requestId: id.split(':')[1]! } : null;
  }

  private async outbox(handed: Handed[]): Promise<{ status: string; attempts: number }[]> {
    const rows: { status: string; attempts: number }[] = [];
    for (const site of this.sites) {
      const ids = handed.filter((h) => h.site === site).map((h) => h.requestId);
      if (ids.length) rows.push(...(await queryDatabase<{ status: string; attempts: number }>(this.siteDb(site), 'SELECT status, attempts FROM avr_outbox WHERE id = ANY($1::uuid[])', [ids])));
    }
    return rows;
  }

  /** AVR cases per migrant in AVRR's own database. */
  private async casesPerMigrant(handed: Handed[]): Promise<Map<string, number>> {
    const rows = await queryDatabase<{ migrant_id: string; n: number }>(
      databaseUrl(this.rig.serverUrl, this.rig.hub.databases.avrr!), 'SELECT migrant_id, count(*)::int AS n FROM avr_case WHERE migrant_id = ANY($1) GROUP BY migrant_id', [handed.map((h) => h.migrantId)],
    );
    return new Map(rows.map((r) => [r.migrant_id, r.n]));
  }

  private siteDb(site: string): string {
    return databaseUrl(this.rig.serverUrl, this.rig.hub.databases[site]!);
  }

  /** Sessions of the centres' databases idle inside a transaction for longer than a statement gap: waiting on something else. */
  private async idleInTransaction(): Promise<number> {
    const names = this.sites.map((s) => this.rig.hub.databases[s]!);
    const [row] = await queryDatabase<{ n: number }>(databaseUrl(this.rig.serverUrl, 'postgres'), `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ANY($1) AND state LIKE 'idle in transaction%' AND now() - state_change > interval '500 milliseconds'`, [names]);
    return row?.n ?? 0;
  }

  /** Waits until every request is delivered, then counts. */
  private async settle(fault: string, handed: Handed[], casesWhenFaultEnded: number, idleInTransaction: number, started: number): Promise<HandoverRun> {
    await waitFor(async () => (await this.outbox(handed)).every((r) => r.status === 'DELIVERED'), 90_000, `every ${fault} request delivered`);
    const cases = await this.casesPerMigrant(handed);
    const rows = await this.outbox(handed);
    return {
      fault,
      acknowledged: handed.length,
      casesWhenFaultEnded,
      casesAfter: [...cases.values()].reduce((a, b) => a + b, 0),
      duplicates: [...cases.values()].filter((n) => n > 1).length,
      lost: handed.filter((h) => !cases.has(h.migrantId)).length,
      attempts: { max: Math.max(...rows.map((r) => r.attempts)), total: rows.reduce((a, r) => a + r.attempts, 0) },
      idleInTransaction,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  }

  private async sum(handed: Handed[]): Promise<number> {
    return [...(await this.casesPerMigrant(handed)).values()].reduce((a, b) => a + b, 0);
  }

  /** AVRR is stopped while the centres take AVR requests, and comes back later. */
  async avrrStopped(count: number): Promise<HandoverRun> {
    const migrants = await this.prepare(count, 'Stopped');
    const started = performance.now();
    await this.rig.hub.stopSubgraph('avrr');
    const handed = (await Promise.all(migrants.map((m) => this.request(m)))).filter((h): h is Handed => h !== null);
    // The outbox keeps trying with back-off while AVRR is away.
    await waitFor(async () => (await this.outbox(handed)).every((r) => r.attempts >= 2 && r.status === 'PENDING'), 60_000, 'two failed attempts each');
    const casesWhenFaultEnded = await this.sum(handed);
    await this.rig.hub.restartSubgraph('avrr');
    return this.settle('AVRR stopped, then started again', handed, casesWhenFaultEnded, 0, started);
  }

  /** AVRR stops and starts again while requests keep coming. */
  async avrrRestartedDuringRequests(count: number): Promise<HandoverRun> {
    const migrants = await this.prepare(count, 'Restarted');
    const started = performance.now();
    const handed: Handed[] = [];
    const third = Math.max(1, Math.floor(count / 3));
    for (const [i, migrant] of migrants.entries()) {
      if (i === third) await this.rig.hub.stopSubgraph('avrr');
      if (i === 2 * third) await this.rig.hub.restartSubgraph('avrr');
      const request = await this.request(migrant);
      if (request) handed.push(request);
    }
    const casesWhenFaultEnded = await this.sum(handed);
    return this.settle('AVRR restarted while requests came in', handed, casesWhenFaultEnded, 0, started);
  }

  /**
   * The link to AVRR misbehaves: AVRR receives and records every delivery, but the answers come too
   * late for the relay (or never), so the relay delivers the same referral again.
   */
  async answersLost(count: number, faults: LinkFaults, fault: string): Promise<HandoverRun> {
    const migrants = await this.prepare(count, 'Slow');
    const started = performance.now();
    this.rig.link.faults = faults;
    let idle = 0;
    try {
      const handed = (await Promise.all(migrants.map((m) => this.request(m)))).filter((h): h is Handed => h !== null);
      // AVRR has every case, yet the centres saw no confirmation and retry.
      await waitFor(async () => {
        idle = Math.max(idle, await this.idleInTransaction());
        const rows = await this.outbox(handed);
        return rows.every((r) => r.status === 'PENDING' && r.attempts >= 2) && (await this.sum(handed)) === handed.length;
      }, 90_000, 'every referral received by AVRR and retried by its centre');
      const casesWhenFaultEnded = await this.sum(handed);
      this.rig.link.faults = { answerDelayMs: 0, dropAnswers: false };
      return await this.settle(fault, handed, casesWhenFaultEnded, idle, started);
    } finally {
      this.rig.link.faults = { answerDelayMs: 0, dropAnswers: false };
    }
  }
}

/** What a request AVRR refuses for good ends as. */
export interface RefusalRun {
  status: string;
  attempts: number;
  lastError: string | null;
  cases: number;
  /** A new AVR request for the same migrant is accepted afterwards. */
  requestAgainAccepted: boolean;
}

/**
 * A request AVRR can never accept (here: a destination that is no country, as a record written by
 * an older release could carry) ends FAILED after one attempt instead of being retried for ever.
 */
export async function refusedForGood(rig: HandoverRig, site: string): Promise<RefusalRun> {
  const token = await rig.hub.tokenFor(`caseworker@${site}`);
  const migrantId = await migrantReadyForAvr(rig.hub.gatewayUrl, token, site, 'Refused');
  const siteDb = databaseUrl(rig.serverUrl, rig.hub.databases[site]!);
  const localId = migrantId.split(':')[1]!;
  await queryDatabase(siteDb, `INSERT INTO avr_outbox (id, migrant_id, destination_country, requested_by, is_unaccompanied_child, consent_recorded_at, status, attempts, next_attempt_at, consent_overridden)
    VALUES (gen_random_uuid(), $1, 'XXX', 'fault-run', false, now(), 'PENDING', 0, now(), false)`, [localId]);
  await waitFor(async () => (await queryDatabase<{ status: string }>(siteDb, 'SELECT status FROM avr_outbox WHERE migrant_id = $1', [localId]))[0]?.status !== 'PENDING', 30_000, 'the refused request settled');
  const [row] = await queryDatabase<{ status: string; attempts: number; last_error: string | null }>(siteDb, 'SELECT status, attempts, last_error FROM avr_outbox WHERE migrant_id = $1', [localId]);
  const [cases] = await queryDatabase<{ n: number }>(databaseUrl(rig.serverUrl, rig.hub.databases.avrr!), 'SELECT count(*)::int AS n FROM avr_case WHERE migrant_id = $1', [migrantId]);
  const again = await requestAvr(rig.hub.gatewayUrl, token, site, migrantId, `fault-run:again:${migrantId}`);
  return { status: row!.status, attempts: row!.attempts, lastError: row!.last_error, cases: cases!.n, requestAgainAccepted: again.errors.length === 0 };
}
