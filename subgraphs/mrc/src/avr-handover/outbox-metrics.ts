import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceMetrics } from '@mpa/platform';

/** The AVR outbox as operators watch it: what waits for AVRR, for how long, and what AVRR refused. */
export interface OutboxBacklog {
  pending: number;
  /** Age of the oldest pending request; 0 when none waits. */
  oldestPendingSeconds: number;
  failed: number;
}

export async function outboxBacklog(em: EntityManager): Promise<OutboxBacklog> {
  const [row] = await em.fork().getConnection().execute<{ pending: string; oldest: number | null; failed: string }[]>(
    `SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
            extract(epoch FROM now() - min(requested_at) FILTER (WHERE status = 'PENDING'))::float8 AS oldest,
            count(*) FILTER (WHERE status = 'FAILED') AS failed
     FROM avr_outbox`,
  );
  return { pending: Number(row?.pending ?? 0), oldestPendingSeconds: row?.oldest ?? 0, failed: Number(row?.failed ?? 0) };
}

/**
 * Adds the outbox backlog to the site's `/metrics`. A scrape while the database is unreachable
 * reports NaN for these (unknown) instead of failing the whole scrape.
 */
export function registerOutboxMetrics(metrics: ServiceMetrics, em: EntityManager): void {
  const read = (pick: (b: OutboxBacklog) => number) => () => outboxBacklog(em).then(pick, () => Number.NaN);
  metrics.gauge('mpa_avr_outbox_pending', 'AVR requests waiting in the outbox for AVRR to confirm.', read((b) => b.pending));
  metrics.gauge('mpa_avr_outbox_oldest_pending_seconds', 'Age of the oldest AVR request still waiting for AVRR (0 when none).', read((b) => b.oldestPendingSeconds));
  metrics.gauge('mpa_avr_outbox_failed', 'AVR requests AVRR refused for good (FAILED), to be requested again.', read((b) => b.failed));
}
