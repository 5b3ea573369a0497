import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, forbidden, globalId, InputCheck, recordAudit, isCountryCode, parseGlobalId, requireSiteScope, Scope, type SiteConfig, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { OpenAvrCaseInput } from '../__generated__/resolvers.js';
import { AvrCase, FINISHED_STATUSES, type AvrCaseRecord } from './avr-case.entity.js';

/** Opens a return case for a centre's migrant. Idempotent on the key; one active case per migrant. */
export async function openAvrCase(em: EntityManager, sites: readonly SiteConfig[], viewer: Viewer, input: OpenAvrCaseInput): Promise<AvrCaseRecord> {
  if (!viewer.scopes.has(Scope.AvrWrite) && !viewer.scopes.has(Scope.CasesWrite)) throw forbidden('Opening an AVR case needs the avr:write or cases:write scope.');
  const check = new InputCheck();
  const parsed = parseGlobalId(input.migrantId);
  const site = parsed && sites.find((s) => s.code === parsed.site);
  if (!site) check.fail('migrantId', 'is not the ID of a migrant registered at a centre');
  if (!isCountryCode(input.destinationCountry)) check.fail('destinationCountry', 'must be an ISO 3166-1 alpha-3 code, e.g. ETH');
  const destinationRegion = check.optionalText('destinationRegion', input.destinationRegion, 100);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  // AVRR officers open cases for any centre; site staff hand over their own centre's migrants.
  if (!viewer.scopes.has(Scope.AvrWrite)) requireSiteScope(viewer, site!.code, Scope.CasesWrite);

  if (idempotencyKey) {
    const earlier = await em.findOne(AvrCase, { idempotencyKey });
    if (earlier) return earlier;
  }
  const active = await em.findOne(AvrCase, { migrantId: input.migrantId, status: { $nin: [...FINISHED_STATUSES] } });
  if (active) throw conflict(`Migrant ${input.migrantId} already has an active AVR case (${active.caseNumber}).`);
  try {
    return await em.transactional(async (tx) => {
      const [seq] = await tx.getConnection().execute<{ n: string }[]>(`SELECT nextval('avr_case_number_seq') AS n`);
      const now = new Date();
      const record = tx.create(AvrCase, {
        id: randomUUID(),
        caseNumber: `AVR-${now.getUTCFullYear()}-${String(seq?.n).padStart(6, '0')}`,
        direction: 'TO_COUNTRY_OF_ORIGIN',
        status: 'REQUESTED',
        migrantId: input.migrantId,
        centreCode: site!.code,
        destinationCountry: input.destinationCountry,
        destinationRegion,
        openedAt: now,
        idempotencyKey,
        version: 1,
      });
      tx.persist(record);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'AvrCase', entityId: globalId('avrr', record.id) });
      return record;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const winner = idempotencyKey ? await em.fork().findOne(AvrCase, { idempotencyKey }) : null;
      if (winner) return winner;
      throw conflict(`Migrant ${input.migrantId} already has an active AVR case.`);
    }
    throw err;
  }
}
