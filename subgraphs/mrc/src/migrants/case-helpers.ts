import { OptimisticLockError } from '@mikro-orm/core';
import { caseAnonymised, conflict } from '@mpa/platform';
import { GraphQLError } from 'graphql';

/** A status change the record's current status does not allow (e.g. completing a rejected referral). */
export function invalidTransition(message: string, from: string, to: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_TRANSITION', from, to } });
}

/** Refuses a write to a case the retention job anonymised (CASE_ANONYMISED). */
export function refuseAnonymised(migrant: { anonymisedAt: Date | null }, id: string): void {
  if (migrant.anonymisedAt) throw caseAnonymised(id);
}

/** Refuses an edit made on a version the user no longer sees. */
export function checkVersion(record: { version: number }, expectedVersion: number, what: string): void {
  if (record.version !== expectedVersion) {
    throw conflict(`The ${what} changed since you read it (version ${record.version}, you had ${expectedVersion}); reload and try again.`);
  }
}

/** Runs an edit, turning a concurrent writer's win (version check at flush) into CONFLICT. */
export async function withOptimisticLock<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof OptimisticLockError) throw conflict(`The ${what} was changed by someone else at the same time; reload and try again.`);
    throw err;
  }
}

/**
 * Creates a record at most once per idempotency key: an earlier record with the key is returned
 * (`created: false`), and the loser of a race on the unique index answers with the winner's record.
 */
export async function createOnce<T>(
  idempotencyKey: string | null,
  findByKey: (key: string) => Promise<T | null>,
  create: () => Promise<T>,
): Promise<{ record: T; created: boolean }> {
  if (idempotencyKey) {
    const earlier = await findByKey(idempotencyKey);
    if (earlier) return { record: earlier, created: false };
  }
  try {
    return { record: await create(), created: true };
  } catch (err) {
    // A twin sent with the same key committed meanwhile: the unique key refused this one, or a rule
    // the twin's record now breaks did (one pending AVR request per migrant). Either way the request
    // was fulfilled once: answer with that record.
    const winner = idempotencyKey ? await findByKey(idempotencyKey).catch(() => null) : null;
    if (winner) return { record: winner, created: false };
    throw err;
  }
}
