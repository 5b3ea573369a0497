import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, forbidden, InputCheck, isCountryCode, parseGlobalId, requireSiteScope, Scope, type SiteConfig, type Viewer } from '@mpa/platform';
import type { OpenAvrCaseInput } from '../__generated__/resolvers.js';
import { AvrCase, FINISHED_STATUSES, type AvrCaseRecord } from './avr-case.entity.js';
import { createAvrCase, type NewAvrCase } from './create-avr-case.js';

/**
 * Opens a return case in either direction. TO_COUNTRY_OF_ORIGIN: a centre's migrant, the centre is
 * the origin. TO_SOMALIA: a Somali stranded abroad, origin = host country and referring IOM mission,
 * the returnee's identity kept here. Idempotent on the key; one active case per migrant.
 */
export async function openAvrCase(em: EntityManager, sites: readonly SiteConfig[], viewer: Viewer, input: OpenAvrCaseInput): Promise<AvrCaseRecord> {
  if (!viewer.scopes.has(Scope.AvrWrite) && !viewer.scopes.has(Scope.CasesWrite)) throw forbidden('Opening an AVR case needs the avr:write or cases:write scope.');
  const direction = input.direction ?? 'TO_COUNTRY_OF_ORIGIN';
  const check = new InputCheck();
  let site: SiteConfig | undefined;
  let returnee: Pick<NewAvrCase, 'hostCountry' | 'referringMission' | 'returneeFullName' | 'returneeSex' | 'returneeDateOfBirth'> = {};
  if (direction === 'TO_COUNTRY_OF_ORIGIN') {
    const parsed = input.migrantId ? parseGlobalId(input.migrantId) : null;
    site = parsed ? sites.find((s) => s.code === parsed.site) : undefined;
    if (!input.migrantId) check.fail('migrantId', 'is required for a return to the country of origin');
    else if (!site) check.fail('migrantId', 'is not the ID of a migrant registered at a centre');
    if (input.hostCountry != null) check.fail('hostCountry', 'is only for returns to Somalia (the centre is the origin)');
    if (input.referringMission != null) check.fail('referringMission', 'is only for returns to Somalia');
    if (input.returnee != null) check.fail('returnee', "is only for returns to Somalia (the centre holds the migrant's identity)");
    // A Somali registered at a centre may be helped home within Somalia: destination SOM stays allowed.
  } else {
    if (input.migrantId != null) check.fail('migrantId', 'must be empty for a return to Somalia (the returnee is not registered at a centre)');
    if (!input.hostCountry || !isCountryCode(input.hostCountry)) check.fail('hostCountry', 'must be an ISO 3166-1 alpha-3 code, e.g. YEM');
    else if (input.hostCountry === 'SOM') check.fail('hostCountry', 'cannot be Somalia for a return to Somalia');
    if (input.destinationCountry !== 'SOM') check.fail('destinationCountry', 'must be SOM for a return to Somalia');
    const mission = check.requiredText('referringMission', input.referringMission, 100);
    if (!input.returnee) check.fail('returnee', 'is required for a return to Somalia');
    const fullName = input.returnee ? check.requiredText('returnee.fullName', input.returnee.fullName, 200) : '';
    const dateOfBirth = input.returnee ? check.pastDate('returnee.dateOfBirth', input.returnee.dateOfBirth) : null;
    returnee = { hostCountry: input.hostCountry ?? null, referringMission: mission, returneeFullName: fullName, returneeSex: input.returnee?.sex ?? null, returneeDateOfBirth: dateOfBirth };
  }
  if (!isCountryCode(input.destinationCountry)) check.fail('destinationCountry', 'must be an ISO 3166-1 alpha-3 code, e.g. ETH');
  const destinationRegion = check.optionalText('destinationRegion', input.destinationRegion, 100);
  const destinationCommunity = check.optionalText('destinationCommunity', input.destinationCommunity, 100);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  // AVRR officers open cases for any centre; site staff hand over their own centre's migrants, and
  // returns to Somalia (no centre) are the AVRR officers' alone.
  if (!viewer.scopes.has(Scope.AvrWrite)) {
    if (!site) throw forbidden('Opening a return to Somalia needs the avr:write scope.');
    requireSiteScope(viewer, site.code, Scope.CasesWrite);
  }

  if (idempotencyKey) {
    const earlier = await em.findOne(AvrCase, { idempotencyKey });
    if (earlier) return earlier;
  }
  if (input.migrantId) {
    const active = await em.findOne(AvrCase, { migrantId: input.migrantId, status: { $nin: [...FINISHED_STATUSES] } });
    if (active) throw conflict(`Migrant ${input.migrantId} already has an active AVR case (${active.caseNumber}).`);
  }
  try {
    return await createAvrCase(em, viewer, {
      direction,
      migrantId: site ? input.migrantId! : null,
      centreCode: site?.code ?? null,
      ...returnee,
      destinationCountry: input.destinationCountry,
      destinationRegion,
      destinationCommunity,
      isUnaccompaniedChild: input.isUnaccompaniedChild ?? false,
      idempotencyKey,
    }, null);
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const winner = idempotencyKey ? await em.fork().findOne(AvrCase, { idempotencyKey }) : null;
      if (winner) return winner;
      throw conflict(`Migrant ${input.migrantId} already has an active AVR case.`);
    }
    throw err;
  }
}

